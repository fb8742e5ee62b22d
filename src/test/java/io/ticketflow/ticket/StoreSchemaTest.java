package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoreSchemaTest {

  @Test
  void aNamedSchemaPrefixesTheTablesTheDefaultOneNothing() {
    assertThat(StoreSchema.prefix("app")).isEqualTo("app.");
    assertThat(StoreSchema.prefix("")).isEmpty();
    assertThat(StoreSchema.prefix(null)).isEmpty();
  }

  @Test
  void onlyAPlainNameIsTaken() {
    assertThatThrownBy(() -> StoreSchema.prefix("app; drop table ticket"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
