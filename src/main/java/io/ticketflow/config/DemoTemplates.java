package io.ticketflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketflow.template.ReplyTemplateDraft;
import io.ticketflow.template.TemplateService;
import io.ticketflow.template.TicketTemplateDraft;
import io.ticketflow.template.TicketTemplateService;
import io.ticketflow.ticket.TicketService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Part of the demo desk ({@link DemoData}): canned replies in English and Chinese and the portal's
 * common requests, from {@code demo/templates.json}. Each kind is written only while none exists,
 * so a manager's own templates, changed or deactivated ones included, are never touched.
 */
@Component
public class DemoTemplates {

  private static final Logger LOG = LoggerFactory.getLogger(DemoTemplates.class);
  static final String FILE = "demo/templates.json";

  private final DemoProperties properties;
  private final TemplateService replies;
  private final TicketTemplateService requests;
  private final ObjectMapper json;

  public DemoTemplates(
      DemoProperties properties,
      TemplateService replies,
      TicketTemplateService requests,
      ObjectMapper json) {
    this.properties = properties;
    this.replies = replies;
    this.requests = requests;
    this.json = json;
  }

  /** The file's contents. */
  record Seed(List<ReplyTemplateDraft> replyTemplates, List<TicketTemplateDraft> ticketTemplates) {}

  @EventListener(ApplicationReadyEvent.class)
  public void createDemoTemplates() {
    if (!properties.enabled()) {
      return;
    }
    Seed seed = read();
    if (!replies.hasReplyTemplates()) {
      seed.replyTemplates()
          .forEach(t -> replies.createReplyTemplate(t, TicketService.SYSTEM_ACTOR));
      LOG.info("Demo canned replies created: {}", seed.replyTemplates().size());
    }
    if (!requests.hasTicketTemplates()) {
      seed.ticketTemplates()
          .forEach(t -> requests.createTicketTemplate(t, TicketService.SYSTEM_ACTOR));
      LOG.info("Demo request templates created: {}", seed.ticketTemplates().size());
    }
  }

  Seed read() {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      return json.readValue(in, Seed.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }
}
