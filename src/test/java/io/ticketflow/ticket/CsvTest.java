package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV cells: quoted where needed, and never read by a spreadsheet as a formula. */
class CsvTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=HYPERLINK(\"http://evil\";\"click\") | '=HYPERLINK(\"http://evil\";\"click\")",
        "+1+2 | '+1+2",
        "-2+3 | '-2+3",
        "@SUM(A1:A2) | '@SUM(A1:A2)",
        "plain text | plain text",
        "a=b | a=b"
      })
  void formulaStartsAreEscaped(String value, String cellText) {
    assertThat(unquote(Csv.cell(value))).isEqualTo(cellText);
  }

  @Test
  void tabAndCarriageReturnStartsAreEscapedToo() {
    assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
    assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
  }

  @Test
  void separatorsQuotesAndLineBreaksAreQuoted() {
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.cell("line 1\nline 2")).isEqualTo("\"line 1\nline 2\"");
    assertThat(Csv.cell(null)).isEmpty();
    assertThat(Csv.cell("")).isEmpty();
  }

  @Test
  void aLineEndsWithCrLf() {
    assertThat(Csv.line(Arrays.asList("a", null, "b,c"))).isEqualTo("a,,\"b,c\"\r\n");
    assertThat(Csv.line(List.of())).isEqualTo("\r\n");
  }

  private static String unquote(String cell) {
    if (cell.startsWith("\"") && cell.endsWith("\"")) {
      return cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
    }
    return cell;
  }
}
