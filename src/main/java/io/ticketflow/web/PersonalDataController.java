package io.ticketflow.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.ticketflow.ticket.PersonalDataService;
import io.ticketflow.ticket.TicketProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unmasked personal data of a ticket (archived tickets show it masked): managers and
 * administrators only, each read recorded in the audit trail.
 */
@RestController
@Validated
@SecurityRequirement(name = "basic")
public class PersonalDataController {

  static final int MAX_REASON = 500;

  private final PersonalDataService personalData;
  private final ZoneId zone;

  public PersonalDataController(PersonalDataService personalData, TicketProperties properties) {
    this.personalData = personalData;
    this.zone = properties.zone();
  }

  @Operation(
      summary =
          "The requester's contact details and the ticket's texts unmasked (managers and"
              + " administrators; recorded in the audit trail with the optional reason)")
  @GetMapping("/api/tickets/{number}/personal-data")
  public ResponseEntity<PersonalDataResponse> read(
      @PathVariable @Pattern(regexp = TicketController.NUMBER_PATTERN) String number,
      @RequestParam(required = false) @Size(max = MAX_REASON) String reason,
      Authentication authentication,
      HttpServletRequest request) {
    PersonalDataResponse body =
        PersonalDataResponse.of(
            personalData.read(number, Callers.of(authentication, request), reason), zone);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }
}
