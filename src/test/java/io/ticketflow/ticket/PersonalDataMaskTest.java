package io.ticketflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The masking rules, value by value. */
class PersonalDataMaskTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "138-1234-5678       | *****5678",
        "13812345678         | *****5678",
        "+86 138 0013 5678   | *****5678",
        "+1 (415) 555-0123   | *****0123",
        "+44 20 7946 0958    | *****0958",
        "010-8888 6666 ext 12| *****6612",
        "12345               | *****2345",
        "1234                | *****",
        "110                 | *****",
        "n/a                 | *****"
      })
  void phoneShowsOnlyTheLastFourDigits(String phone, String masked) {
    assertThat(PersonalDataMask.phone(phone)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "alice@example.com          | a***@example.com",
        "  zhang.san@corp.example.cn | z***@corp.example.cn",
        "a@b.io                     | a***@b.io",
        "@example.com               | ***@example.com",
        "not-an-address             | n***",
        "王小明@例子.中国              | 王***@例子.中国"
      })
  void emailKeepsTheFirstCharacterAndTheDomain(String email, String masked) {
    assertThat(PersonalDataMask.email(email)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Alice Wong                           | A. W.",
        "alice                                | A.",
        "Jean-Luc  Picard                     | J. P.",
        "张三                                  | 张*",
        "欧阳娜娜                               | 欧***",
        "王 小明                               | 王**",
        "爱新觉罗·溥仪                           | 爱*****",
        "김민수                                 | 김**",
        "Zhang San <zhang.san@example.com>    | Z. S. <z***@example.com>",
        "\"Wong, Alice\" <alice@example.com>   | W. A. <a***@example.com>",
        "<alice@example.com>                  | <a***@example.com>",
        "alice@example.com                    | a***@example.com",
        "42                                   | *****"
      })
  void namesAreInitialled(String name, String masked) {
    assertThat(PersonalDataMask.name(name)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"E12345 | ****45", "AB-7788-X | *******-X", "123 | *23", "12 | **", "7 | *"})
  void employeeIdKeepsOnlyTheLastTwoCharacters(String id, String masked) {
    assertThat(PersonalDataMask.employeeId(id)).isEqualTo(masked);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void absentValuesStayAsTheyAre(String value) {
    assertThat(PersonalDataMask.phone(value)).isEqualTo(value);
    assertThat(PersonalDataMask.email(value)).isEqualTo(value);
    assertThat(PersonalDataMask.name(value)).isEqualTo(value);
    assertThat(PersonalDataMask.employeeId(value)).isEqualTo(value);
    assertThat(PersonalDataMask.text(value)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // several addresses in one text
        "Mail alice@example.com or bob.lee@corp.example.cn, cc ops@example.org."
            + "| Mail a***@example.com or b***@corp.example.cn, cc o***@example.org.",
        // phone numbers in international and local formats
        "Call +86 138 0013 5678 or 010-8888-6666 today" + "| Call *****5678 or *****6666 today",
        "电话13812345678，邮箱zhang@example.com谢谢 | 电话*****5678，邮箱z***@example.com谢谢",
        // fewer than seven digits, dates, times, ticket numbers and versions are no phone numbers
        "Error E-500 at 09:12 on 2026-11-22, order 123456 | Error E-500 at 09:12 on 2026-11-22,"
            + " order 123456",
        "See TS20261122-0001 and build v20261122 | See TS20261122-0001 and build v20261122",
        "Logged 2026-11-22T09:12:00+08:00 | Logged 2026-11-22T09:12:00+08:00",
        // an address made of digits is an address
        "13812345678@163.com | 1***@163.com",
        "no personal data here | no personal data here"
      })
  void freeTextHasAddressesAndPhoneNumbersMasked(String text, String masked) {
    assertThat(PersonalDataMask.text(text)).isEqualTo(masked);
  }

  @org.junit.jupiter.api.Test
  void requesterKeepsTheDepartment() {
    Requester masked =
        PersonalDataMask.requester(
            new Requester("Alice Wong", "alice@example.com", "138-1234-5678", "Finance", "E12345"));

    assertThat(masked.getName()).isEqualTo("A. W.");
    assertThat(masked.getEmail()).isEqualTo("a***@example.com");
    assertThat(masked.getPhone()).isEqualTo("*****5678");
    assertThat(masked.getDepartment()).isEqualTo("Finance");
    assertThat(masked.getEmployeeId()).isEqualTo("****45");
  }
}
