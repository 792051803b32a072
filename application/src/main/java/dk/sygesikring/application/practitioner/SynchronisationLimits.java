package dk.sygesikring.application.practitioner;

/**
 * How far one synchronisation may go (INT-1): a list from LUNA that would close down more than
 * {@code maxClosedPercent} of the register is not applied. A list cut short (an empty answer, a paging defect) must not
 * take practices off every choice list; an operator looks first, and the failed run says why.
 */
public record SynchronisationLimits(int maxClosedPercent) {

    public SynchronisationLimits {
        if (maxClosedPercent < 0 || maxClosedPercent > 100) {
            throw new IllegalArgumentException("the share closed down at most is 0 to 100 percent: " + maxClosedPercent);
        }
    }
}
