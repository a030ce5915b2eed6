// Checks that a Windows publish carries the WinRT Bluetooth backend: reads the published
// PaceLink.Bluetooth.dll's metadata (nothing is loaded or run) and looks for the WinRtBluetooth
// type and the reference to the Windows SDK projection it is built on.
// Usage: dotnet run tests/windows-publish/check-winrt.cs -- PUBLISH_FOLDER
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: check-winrt PUBLISH_FOLDER");
    return 2;
}
var dll = Path.Combine(args[0], "PaceLink.Bluetooth.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"{dll} is missing");
    return 1;
}
using var pe = new PEReader(File.OpenRead(dll));
var md = pe.GetMetadataReader();
var types = md.TypeDefinitions.Select(h => md.GetTypeDefinition(h)).Select(t => $"{md.GetString(t.Namespace)}.{md.GetString(t.Name)}").ToHashSet();
var references = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToHashSet();
var ok = types.Contains("PaceLink.Bluetooth.WinRt.WinRtBluetooth") && references.Contains("Microsoft.Windows.SDK.NET");
Console.WriteLine($"{dll}: WinRtBluetooth {(types.Contains("PaceLink.Bluetooth.WinRt.WinRtBluetooth") ? "present" : "MISSING")}, "
    + $"Windows SDK projection {(references.Contains("Microsoft.Windows.SDK.NET") ? "referenced" : "MISSING")}");
return ok ? 0 : 1;
