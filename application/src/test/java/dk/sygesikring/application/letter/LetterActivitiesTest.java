package dk.sygesikring.application.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryConfiguration;
import dk.sygesikring.application.fakes.InMemoryForloebStore;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LetterActivitiesTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    /** 00:30 on 23 November in Copenhagen, still the 22nd in UTC: the task counts from the Danish day. */
    private static final Instant JUST_AFTER_MIDNIGHT = Instant.parse("2026-11-22T23:30:00Z");

    private final InMemoryForloebStore forloeb = new InMemoryForloebStore();

    @Test
    @DisplayName("LET-4 a letter Digital Post cannot deliver becomes a manual task due the days the global configuration gives LETTER_NOT_DELIVERED after the Danish day it was made")
    void LET4_the_manual_task_has_the_configured_deadline() {
        LetterActivities activities = new LetterActivities(forloeb,
                new InMemoryConfiguration(
                        Configurations.withTaskDeadline(Configurations.rules(), TaskType.LETTER_NOT_DELIVERED, Days.of(6))), Clock.fixed(JUST_AFTER_MIDNIGHT, COPENHAGEN));
        Forloeb waiting = waitingForALetter();
        UUID letter = waiting.openActivity(ActivityType.SEND_LETTER).orElseThrow().id();

        activities.notDelivered(waiting.id(), letter, LetterActivities.NOT_ENROLLED, IfNotDelivered.PHYSICAL_MAIL,
                LetterActivities.DIGITAL_POST, JUST_AFTER_MIDNIGHT);

        Forloeb after = forloeb.load(waiting.id()).orElseThrow();
        assertThat(after.activities()).extracting(Activity::type, Activity::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActivityType.SEND_LETTER, ActivityState.FAILED),
                        org.assertj.core.groups.Tuple.tuple(ActivityType.MANUAL_TASK, ActivityState.OPEN));
        assertThat(after.openActivity(ActivityType.MANUAL_TASK).orElseThrow().deadline())
                .isEqualTo(LocalDate.of(2026, 11, 29));
    }

    private Forloeb waitingForALetter() {
        Forloeb started = Forloeb.start(ForloebType.AD_HOC, MunicipalityCode.of("101"), Creator.system("test"),
                        Cpr.of("0101801231"), List.of(), JUST_AFTER_MIDNIGHT, null)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, JUST_AFTER_MIDNIGHT, null, "Kvittering"));
        forloeb.save(started);
        return started;
    }
}
