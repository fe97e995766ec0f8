package io.rightline.distribution.metering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Opens a play session for the calling viewer.
 *
 * @param workId the work played
 * @param contentType {@code music}, {@code podcast}, {@code episode} or {@code film}
 * @param territory ISO 3166-1 alpha-2 code of the territory the viewer plays in
 */
public record OpenSessionRequest(
        @NotBlank @Size(max = 200) String workId,
        @NotBlank String contentType,
        @NotBlank String territory) {}
