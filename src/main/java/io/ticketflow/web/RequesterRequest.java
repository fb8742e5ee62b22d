package io.ticketflow.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who asks for help and how to reach them: an email address or a phone number is required. */
public record RequesterRequest(
    @NotBlank @Size(max = 200) String name,
    @Email @Size(max = 320) String email,
    @Size(max = 40)
        @Pattern(
            regexp = "[0-9+()\\-. ]{3,40}",
            message = "must be a phone number (digits, spaces, + - ( ) .)")
        String phone,
    @Size(max = 100) String department,
    @Size(max = 100) String employeeId,
    @Pattern(regexp = "en|zh-CN", message = "must be en or zh-CN") String language) {

  @JsonIgnore
  @AssertTrue(message = "give an email address or a phone number")
  public boolean isContact() {
    return email != null && !email.isBlank() || phone != null && !phone.isBlank();
  }
}
