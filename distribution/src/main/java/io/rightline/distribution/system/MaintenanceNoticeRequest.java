package io.rightline.distribution.system;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Request to announce planned maintenance to every client.
 *
 * @param message what users will see
 * @param startsAt start of the maintenance window
 * @param endsAt end of the maintenance window, after {@code startsAt}
 */
public record MaintenanceNoticeRequest(
        @NotBlank @Size(max = 500) String message,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt) {}
