using CsCheck;
using PaceLink.Core.Estimation;

namespace PaceLink.Core.Tests.Estimation;

public class CumulativeCounterTests
{
    [Fact]
    public void IncrementsAddUpToTheDistanceRunWhereverTheCounterStartsEvenAcrossTheWrap()
    {
        Gen.Select(Gen.UInt, Gen.UInt[0, 100].Array[1, 200]).Sample((start, steps) =>
        {
            var counter = new CumulativeCounter();
            counter.Next(start, 0);
            var reading = start;
            ulong sum = 0;
            foreach (var step in steps)
            {
                reading = unchecked(reading + step);
                sum += counter.Next(reading, 1000) ?? 999_999;
            }
            return sum == steps.Aggregate(0UL, (a, s) => a + s) && counter.Restarts == 0;
        });
    }

    [Fact]
    public void ACounterThatDropsIsARestartNotAHugeIncrement()
    {
        var counter = new CumulativeCounter();
        counter.Next(50_000, 0);

        Assert.Null(counter.Next(120, 1000));
        Assert.Equal(1, counter.Restarts);
        Assert.Equal(30u, counter.Next(150, 1000));
    }

    [Fact]
    public void TheFirstReadingHasNothingToCompareWith()
    {
        Assert.Null(new CumulativeCounter().Next(123, 1000));
    }
}
