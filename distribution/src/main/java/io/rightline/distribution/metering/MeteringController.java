package io.rightline.distribution.metering;

import io.rightline.distribution.problem.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Play sessions and heartbeats, for viewers. Sessions are opened here until playback authorisation
 * (which needs licences from the ledger) opens them itself.
 */
@RestController
@RequestMapping("/api/v1/metering")
@Tag(name = "metering", description = "Play sessions, heartbeats and play records")
class MeteringController {
    private static final String VIEWER_AUTHORITY = "ROLE_VIEWER";

    private final Metering metering;

    MeteringController(Metering metering) {
        this.metering = metering;
    }

    @PostMapping("/sessions")
    @Operation(summary = "Open a play session for the calling viewer")
    ResponseEntity<PlaySession> open(Authentication caller, @Valid @RequestBody OpenSessionRequest request) {
        PlaySession session = metering.open(viewer(caller), request);
        return ResponseEntity.status(HttpStatus.CREATED).body(session);
    }

    @PostMapping("/sessions/{sessionId}/close")
    @Operation(summary = "Close a session and return its play record (idempotent)")
    PlayRecord close(Authentication caller, @PathVariable UUID sessionId) {
        return metering.close(viewer(caller), sessionId);
    }

    @GetMapping("/sessions/{sessionId}/play-record")
    @Operation(summary = "The play record of a closed session of the caller")
    PlayRecord playRecord(Authentication caller, @PathVariable UUID sessionId) {
        String viewerId = viewer(caller);
        return metering.playRecord(sessionId)
                .filter(record -> record.viewerId().equals(viewerId))
                .orElseThrow(() -> new ApiException(
                        "PLAY_RECORD_NOT_FOUND", HttpStatus.NOT_FOUND, "no play record for session " + sessionId));
    }

    @PostMapping("/heartbeats")
    @Operation(summary = "Store a batch of heartbeats; each item is accepted, duplicate or rejected")
    HeartbeatBatchResult heartbeats(Authentication caller, @RequestBody List<Heartbeat> heartbeats) {
        return metering.ingest(viewer(caller), heartbeats);
    }

    private static String viewer(Authentication caller) {
        boolean viewer = caller.getAuthorities().stream()
                .anyMatch(authority -> VIEWER_AUTHORITY.equals(authority.getAuthority()));
        if (!viewer) {
            throw new ApiException("ACCESS_DENIED", HttpStatus.FORBIDDEN, "metering is for viewers");
        }
        return caller.getName();
    }
}
