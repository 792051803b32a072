package dk.sygesikring.adapters.persistence.practitioner;

import dk.sygesikring.domain.practitioner.Practitioner;

/** A practitioner as LUNA last counted its patients, with the row that says how far that count reaches (DOC-7). */
record LunaCounted(PractitionerRow row, Practitioner practitioner) {

    static LunaCounted of(PractitionerRow row) {
        return new LunaCounted(row, PractitionerMapper.toPractitioner(row));
    }
}
