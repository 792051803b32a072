package dk.sygesikring.adapters.persistence.person;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RelationRepository extends GenericRepository<RelationRow, Long> {

    @Query("SELECT * FROM person_relation WHERE holder_cpr = :cpr OR subject_cpr = :cpr ORDER BY id")
    List<RelationRow> findInvolving(String cpr);

    @Query("DELETE FROM person_relation WHERE holder_cpr = :cpr OR subject_cpr = :cpr")
    void deleteInvolving(String cpr);

    <S extends RelationRow> List<S> saveAll(Iterable<S> rows);
}
