package io.ticketflow.support;

import io.ticketflow.ticket.SimilarLinkPolicy;
import io.ticketflow.ticket.SimilarLinks;
import io.ticketflow.ticket.SimilarTicketProperties;
import io.ticketflow.ticket.TicketEventRepository;
import io.ticketflow.ticket.TicketLinks;
import io.ticketflow.ticket.TicketSearch;
import io.ticketflow.ticket.TicketService;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The integration tests share one desk, where many tests open tickets with the same words: linked
 * to each other automatically, each would gain links and notes its test does not expect. So new
 * tickets are linked to similar ones only while a test asks for it ({@link #on()}); the linking
 * itself is the application's own.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SimilarLinksWhenAsked {

  private static volatile boolean on;

  /** Until the returned handle is closed, new tickets are linked to similar open ones. */
  public static AutoCloseable on() {
    on = true;
    return () -> on = false;
  }

  @Bean
  @Primary
  SimilarLinks similarLinksWhenAsked(
      TicketEventRepository events,
      TicketService service,
      TicketLinks links,
      TicketSearch search,
      SimilarLinkPolicy policy,
      SimilarTicketProperties properties,
      Clock clock) {
    return new SimilarLinks(events, service, links, search, policy, properties, clock) {
      @Override
      public List<String> linkNew(String number) {
        return on ? super.linkNew(number) : List.of();
      }
    };
  }
}
