package org.healthcode.venue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new entrance: its name as printed on its poster, e.g. 东门. */
public record AddEntranceRequest(@NotBlank @Size(max = 30) String name) {
}
