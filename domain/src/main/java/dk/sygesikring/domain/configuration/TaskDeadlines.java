package dk.sygesikring.domain.configuration;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many days a caseworker has for each type of task (TASK-4, CFG-1): one deadline for every {@link TaskType}. */
public record TaskDeadlines(Map<TaskType, Days> days) {

    public TaskDeadlines {
        Map<TaskType, Days> given = new EnumMap<>(TaskType.class);
        given.putAll(days);
        List<TaskType> missing = Arrays.stream(TaskType.values()).filter(type -> given.get(type) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("every task type has a deadline; missing: " + missing);
        }
        days = Collections.unmodifiableMap(given);
    }

    public Days of(TaskType type) {
        return days.get(type);
    }

    /** The deadline of a task of this type created on {@code createdOn}. */
    public LocalDate deadline(TaskType type, LocalDate createdOn) {
        return of(type).after(createdOn);
    }
}
