package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caller knows about the doctors of the persons whose closed doctor a person may choose without
 * dispensation (DOC-3): the spouse's, the custodians' and guardians', and a designated cohabiting partner's.
 * Children's and co-residents' doctors are deliberately absent: they give no right. Built with {@link #none()}
 * and the {@code with...} methods; every value is a copy.
 */
public record FamilyDoctors(
        Optional<SpouseDoctor> spouse,
        List<CustodianDoctor> custodiansAndGuardians,
        Optional<DesignatedPartner> designatedPartner) {

    public FamilyDoctors {
        Objects.requireNonNull(spouse, "spouse");
        Objects.requireNonNull(designatedPartner, "designatedPartner");
        custodiansAndGuardians = List.copyOf(custodiansAndGuardians);
    }

    public static FamilyDoctors none() {
        return new FamilyDoctors(Optional.empty(), List.of(), Optional.empty());
    }

    public FamilyDoctors withSpouse(Cpr spouseCpr, ProviderNumber doctor) {
        return new FamilyDoctors(Optional.of(new SpouseDoctor(spouseCpr, doctor)), custodiansAndGuardians, designatedPartner);
    }

    /** @param relation the CPR custody or guardianship relation; the person choosing must be its subject */
    public FamilyDoctors withCustodianOrGuardian(Relation relation, ProviderNumber doctor) {
        List<CustodianDoctor> more = new ArrayList<>(custodiansAndGuardians);
        more.add(new CustodianDoctor(relation, doctor));
        return new FamilyDoctors(spouse, more, designatedPartner);
    }

    /**
     * @param partner          the person whose CPR number was given as cohabiting partner, as CPR holds them
     * @param partnerRelations the CPR relations that involve the partner (to find a parent/child relation)
     * @param doctor           the partner's current doctor, or null when the partner has none
     */
    public FamilyDoctors withDesignatedPartner(Person partner, List<Relation> partnerRelations, ProviderNumber doctor) {
        return new FamilyDoctors(spouse, custodiansAndGuardians,
                Optional.of(new DesignatedPartner(partner, partnerRelations, Optional.ofNullable(doctor))));
    }

    /** The spouse (or registered partner) and their current doctor. */
    public record SpouseDoctor(Cpr spouse, ProviderNumber doctor) {
        public SpouseDoctor {
            Objects.requireNonNull(spouse, "spouse");
            Objects.requireNonNull(doctor, "doctor");
        }
    }

    /** A custodian's or guardian's current doctor, with the CPR relation that makes them one. */
    public record CustodianDoctor(Relation relation, ProviderNumber doctor) {
        public CustodianDoctor {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(doctor, "doctor");
        }
    }

    /** The person designated as cohabiting partner (samlevende), with what the DOC-3 checks need. */
    public record DesignatedPartner(Person person, List<Relation> relations, Optional<ProviderNumber> doctor) {
        public DesignatedPartner {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(doctor, "doctor");
            relations = List.copyOf(relations);
        }
    }
}
