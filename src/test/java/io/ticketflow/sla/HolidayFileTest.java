package io.ticketflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

class HolidayFileTest {

  private final ResourceLoader resources = new DefaultResourceLoader();

  @Test
  void shippedChinaFileHasThe2026HolidaysAndMakeUpDays() {
    HolidayFile china = HolidayFile.load(resources, SlaProperties.DEFAULT_HOLIDAY_FILE);

    assertThat(china.holidays())
        .extracting(NamedDays::name)
        .hasSize(7)
        .anySatisfy(name -> assertThat(name).startsWith("National Day"));
    assertThat(china.holidayDates())
        .contains(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 15),
            LocalDate.of(2026, 2, 23),
            LocalDate.of(2026, 5, 5),
            LocalDate.of(2026, 9, 25),
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 7))
        .doesNotContain(LocalDate.of(2026, 10, 8))
        .hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
    assertThat(china.makeUpDates())
        .containsExactly(
            LocalDate.of(2026, 1, 4),
            LocalDate.of(2026, 2, 14),
            LocalDate.of(2026, 2, 28),
            LocalDate.of(2026, 5, 9),
            LocalDate.of(2026, 9, 20),
            LocalDate.of(2026, 10, 10));
    assertThat(china.makeUpDates())
        .allSatisfy(
            date -> assertThat(date.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void propertiesFileWorksLikeYaml() {
    HolidayFile file = HolidayFile.load(resources, "classpath:calendar/holidays-test.properties");
    assertThat(file.holidayDates())
        .containsExactly(
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 12, 28),
            LocalDate.of(2026, 12, 29),
            LocalDate.of(2026, 12, 30),
            LocalDate.of(2026, 12, 31));
    assertThat(file.makeUpDates()).containsExactly(LocalDate.of(2026, 12, 19));
  }

  @Test
  void blankLocationMeansNoFile() {
    assertThat(HolidayFile.load(resources, SlaProperties.NO_HOLIDAY_FILE))
        .isEqualTo(HolidayFile.NONE);
    assertThat(HolidayFile.load(resources, null)).isEqualTo(HolidayFile.NONE);
  }

  @Test
  void missingFileIsAConfigurationError() {
    assertThatThrownBy(
            () -> HolidayFile.load(resources, "classpath:calendar/holidays-xx-1999.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ticketflow.sla.business-hours.holiday-file")
        .hasMessageContaining("holidays-xx-1999.yaml does not exist");
  }

  @Test
  void fileOfAnUnknownKindIsAConfigurationError() {
    assertThatThrownBy(
            () -> HolidayFile.load(resources, "classpath:io/ticketflow/sla/HolidayFileTest.class"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(".yaml, .yml or .properties");
  }

  @Test
  void entryWithBothADateAndARangeIsAConfigurationError() {
    assertThatThrownBy(
            () -> HolidayFile.load(resources, "classpath:calendar/holidays-date-and-range.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holidays-date-and-range.yaml is malformed")
        .hasMessageContaining("'Confused' needs either a date, or from and to");
  }

  @Test
  void dateThatIsNotIsoIsAConfigurationError() {
    assertThatThrownBy(
            () -> HolidayFile.load(resources, "classpath:calendar/holidays-bad-date.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holidays-bad-date.yaml is malformed");
  }

  @Test
  void rangeThatEndsBeforeItStartsIsRefused() {
    LocalDate first = LocalDate.of(2026, 10, 7);
    LocalDate last = LocalDate.of(2026, 10, 1);
    assertThatThrownBy(() -> new NamedDays("Backwards", null, first, last))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Backwards' runs from 2026-10-07 to 2026-10-01");
  }

  @Test
  void rangeLongerThanAMonthIsRefusedAsATypo() {
    LocalDate first = LocalDate.of(2026, 10, 1);
    LocalDate aYearLater = LocalDate.of(2027, 10, 7);
    assertThatThrownBy(() -> new NamedDays("National Day", null, first, aYearLater))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fileHolidayThatTheConfigurationMakesAMakeUpDayIsAConfigurationError() {
    SlaProperties contradicting =
        new SlaProperties(
            ZoneId.of("Asia/Shanghai"),
            LocalTime.of(9, 0),
            LocalTime.of(18, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Map.of(),
            List.of(),
            List.of(LocalDate.of(2026, 10, 1)),
            SlaProperties.DEFAULT_HOLIDAY_FILE);
    assertThatThrownBy(() -> new SlaCalendars(contradicting))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both holidays and make-up days")
        .hasMessageContaining("2026-10-01");
  }
}
