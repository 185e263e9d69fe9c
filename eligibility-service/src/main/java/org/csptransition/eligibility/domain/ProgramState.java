package org.csptransition.eligibility.domain;

import java.time.LocalDate;

/** One program a tenant holds: since when it holds it, its status and since when it has that status (E1, E5). */
public record ProgramState(Program program, ProgramStatus status, LocalDate since, LocalDate statusSince) {
}
