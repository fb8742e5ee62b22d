package io.ticketflow.template;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Writes templates of one kind: names unique ignoring case (also when two arrive at once), changes
 * only against the version they were made on, deactivation instead of deletion. Runs inside the
 * caller's transaction.
 */
final class TemplateWriter<T extends StoredTemplate> {

  private final String kind;
  private final TemplateRepository<T> repository;
  private final Clock clock;

  TemplateWriter(String kind, TemplateRepository<T> repository, Clock clock) {
    this.kind = kind;
    this.repository = repository;
    this.clock = clock;
  }

  /** The template with this id, active or not. */
  T get(long id) {
    return repository.findById(id).orElseThrow(() -> new UnknownTemplateException(kind, id));
  }

  /** Stores the template {@code fresh} makes at this moment, under a name no other one has. */
  T create(String name, Function<Instant, T> fresh) {
    if (repository.existsByNameIgnoreCase(name)) {
      throw new TemplateNameTakenException(kind, name);
    }
    try {
      return repository.saveAndFlush(fresh.apply(clock.instant()));
    } catch (DataIntegrityViolationException sameNameAtOnce) {
      throw new TemplateNameTakenException(kind, name);
    }
  }

  /**
   * Applies {@code change} to the stored template.
   *
   * @param expectedVersion the version the change was made against; null to skip the check
   */
  T update(long id, String name, Long expectedVersion, BiConsumer<T, Instant> change) {
    T template = get(id);
    if (expectedVersion != null && expectedVersion != template.getVersion()) {
      throw new TemplateChangedException(kind, id);
    }
    if (repository.existsByNameIgnoreCaseAndIdNot(name, id)) {
      throw new TemplateNameTakenException(kind, name);
    }
    change.accept(template, clock.instant());
    try {
      return repository.saveAndFlush(template);
    } catch (OptimisticLockingFailureException changedAtOnce) {
      throw new TemplateChangedException(kind, id);
    } catch (DataIntegrityViolationException sameNameAtOnce) {
      throw new TemplateNameTakenException(kind, name);
    }
  }

  /** Takes the template out of use; it stays on record. */
  T deactivate(long id, String actor) {
    T template = get(id);
    if (template.isActive()) {
      template.deactivate(actor, clock.instant());
    }
    return template;
  }

  boolean any() {
    return repository.count() > 0;
  }
}
