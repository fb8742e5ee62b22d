package io.ticketflow.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A requester asks for a sign-in link to all the tickets of an e-mail address. */
public record SignInRequest(
    @NotBlank @Email @Size(max = 320) String email,
    @Pattern(regexp = "en|zh-CN", message = "must be en or zh-CN") String language) {}
