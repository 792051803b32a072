package dk.sygesikring.adapters.persistence.municipality;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("municipality")
record MunicipalityRow(@Id String code, String name) {
}
