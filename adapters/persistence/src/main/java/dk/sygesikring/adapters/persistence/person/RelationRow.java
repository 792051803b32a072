package dk.sygesikring.adapters.persistence.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("person_relation")
record RelationRow(@Id @GeneratedValue @Nullable Long id, String type, String holderCpr, String subjectCpr) {
}
