using PaceLink.Core.Gatt;

namespace PaceLink.Core.Tests.Gatt;

public class ScControlPointTests
{
    [Fact]
    public void SetCumulativeValueCarriesTheDistanceInTenthsOfAMetre()
    {
        // op code 1, then u32 1/10 m: 1234.5 m = 12345 = 0x00003039
        Assert.Equal(new byte[] { 0x01, 0x39, 0x30, 0x00, 0x00 }, ScControlPoint.SetTotalDistance(1234.5));
        Assert.Equal(new byte[] { 0x01, 0x00, 0x00, 0x00, 0x00 }, ScControlPoint.SetCumulativeValue(0));
    }

    [Fact]
    public void TheOtherRequestsAreTheirOpCodeAndParameter()
    {
        Assert.Equal(new byte[] { 0x02 }, ScControlPoint.StartSensorCalibration());
        Assert.Equal(new byte[] { 0x03, 0x02 /* in shoe */ }, ScControlPoint.UpdateSensorLocation(SensorPlace.InShoe));
        Assert.Equal(new byte[] { 0x04 }, ScControlPoint.RequestSupportedSensorLocations());
    }

    [Theory]
    [InlineData(new byte[] { 0x10, 0x01, 0x01 }, ScOpCode.SetCumulativeValue, ScResponseValue.Success)]
    [InlineData(new byte[] { 0x10, 0x02, 0x04 }, ScOpCode.StartSensorCalibration, ScResponseValue.OperationFailed)]
    [InlineData(new byte[] { 0x10, 0x03, 0x03 }, ScOpCode.UpdateSensorLocation, ScResponseValue.InvalidParameter)]
    [InlineData(new byte[] { 0x10, 0x04, 0x02 }, ScOpCode.RequestSupportedSensorLocations, ScResponseValue.OpCodeNotSupported)]
    public void ReadsTheOutcomeOfEachRequest(byte[] payload, ScOpCode request, ScResponseValue outcome)
    {
        Assert.True(ScControlPointResponse.TryParse(payload, out var r));
        Assert.Equal(request, r.RequestOpCode);
        Assert.Equal(outcome, r.ResponseValue);
        Assert.False(r.HasSupportedLocations);
    }

    [Fact]
    public void ASuccessfulLocationsRequestListsTheLocations()
    {
        byte[] payload =
        [
            0x10, // response code
            0x04, // answers "request supported sensor locations"
            0x01, // success
            0x01, 0x02, 0x03, // top of shoe, in shoe, hip
        ];
        Assert.True(ScControlPointResponse.TryParse(payload, out var r));
        Assert.Equal(3, r.SupportedLocationCount);
        Assert.Equal(
            [SensorPlace.TopOfShoe, SensorPlace.InShoe, SensorPlace.Hip],
            Enumerable.Range(0, r.SupportedLocationCount).Select(r.SupportedLocationAt).ToArray());
        Assert.Equal(payload, r.ToArray());
    }

    [Theory]
    [InlineData(new byte[] { 0x10, 0x04, 0x01 }, GattErrorKind.TooShort)]            // success but no location
    [InlineData(new byte[] { 0x10, 0x04, 0x01, 0x02, 0x20 }, GattErrorKind.ReservedValue)] // location 0x20 is reserved
    [InlineData(new byte[] { 0x10, 0x01, 0x05 }, GattErrorKind.ReservedValue)]       // response value 5 is reserved
    [InlineData(new byte[] { 0x01, 0x00, 0x00 }, GattErrorKind.UnexpectedValue)]     // a request, not a response
    [InlineData(new byte[] { 0x10, 0x01 }, GattErrorKind.TooShort)]
    public void RejectsMalformedResponses(byte[] payload, GattErrorKind kind)
    {
        Assert.False(ScControlPointResponse.TryParse(payload, out _, out var error));
        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public void ExplainsThatOnlyResponsesCanBeDecoded()
    {
        Assert.False(ScControlPointResponse.TryParse(new byte[] { 0x01, 0x00, 0x00 }, out _, out var error));
        Assert.Equal("0x2A55 op code is 0x01, but only 0x10 can be decoded", error.Describe());
    }
}
