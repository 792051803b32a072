package dk.sygesikring.domain.group;

import java.util.Arrays;
import java.util.Optional;

/**
 * The insurance groups (GRP-1). 1: bound to a general practitioner; 2: free choice of doctor with co-payment;
 * 4: imprisonment; 5: military service; 6: homeless shelter; 7: no Danish entitlement (emigrated, Greenland,
 * Nordic country); 8: old or annulled CPR number; 9: other inactive.
 */
public enum Sikringsgruppe {
    GROUP_1(1), GROUP_2(2), GROUP_4(4), GROUP_5(5), GROUP_6(6), GROUP_7(7), GROUP_8(8), GROUP_9(9);

    private final int number;

    Sikringsgruppe(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Optional<Sikringsgruppe> ofNumber(int number) {
        return Arrays.stream(values()).filter(group -> group.number == number).findFirst();
    }

    /** Groups for a person active in CPR: 1, 2, 4, 5, 6 (GRP-1). */
    public boolean isForActivePersons() {
        return number <= 6;
    }
}
