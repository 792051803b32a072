package dk.sygesikring.application.port.out;

/** Writes what CPR says of a person into this service's copy. */
public interface SavePersonPort {

    /**
     * Stores the person and the persons they relate to, and replaces the person's relations with
     * those of the record.
     */
    void save(CprPersonRecord record);
}
