package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.core.annotation.Introspected;

/** A person moved into or out of a practice since its count (DOC-7), and how many registrations they have (V16). */
@Introspected
record PatientMoveRow(String providerNumber, String cpr, int registrations) {
}
