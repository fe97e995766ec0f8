package io.rightline.distribution.revenue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signed revenue webhooks from payment providers; authenticated by signature, not by a bearer token. */
@RestController
@RequestMapping("/api/v1/revenue/webhooks")
@Tag(name = "revenue", description = "Revenue events from payment providers")
class RevenueWebhookController {
    private final RevenueEvents revenueEvents;

    RevenueWebhookController(RevenueEvents revenueEvents) {
        this.revenueEvents = revenueEvents;
    }

    @PostMapping(path = "/{provider}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receive a signed revenue event: 201 when new, 200 with the stored event on a replay")
    ResponseEntity<RevenueEvent> receive(
            @PathVariable String provider,
            @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature,
            @RequestBody byte[] body) {
        RevenueEvents.Receipt receipt = revenueEvents.receive(provider, signature, body);
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(receipt.event());
    }
}
