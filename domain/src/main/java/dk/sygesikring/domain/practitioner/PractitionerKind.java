package dk.sygesikring.domain.practitioner;

/**
 * REGULAR: an ordinary general practice.
 * ISLAND: "Bosat på ø uden læge", for persons living on an island without a doctor; only a
 * caseworker with special rights may assign it (DOC-1).
 * SHELTER: a doctor attached to a homeless shelter, for group 6 (DOC-1).
 * Special practitioners are found only through extended search, never on a personal choice list.
 */
public enum PractitionerKind {
    REGULAR, ISLAND, SHELTER;

    public boolean isSpecial() {
        return this != REGULAR;
    }
}
