package io.ticketflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class WebappVersionFilterTest {

  private static final String PAGE =
      "<script defer src=\"$APP_ROOT/lib/runtime.js?bust=7.24.0\"></script>"
          + "<script src=\"app/tasklist/camunda-tasklist-bootstrap.js?bust=7.24.0\"></script>";

  @Test
  void thePageCarriesATagInPlaceOfTheVersion() {
    WebappVersionFilter filter = new WebappVersionFilter("7.24.0", "desk-key");

    String html = filter.withoutVersion(PAGE);

    assertThat(html).doesNotContain("7.24.0").contains("runtime.js?bust=");
    String tag = WebappVersionFilter.tag("7.24.0", "desk-key");
    assertThat(tag).hasSize(16).isNotEqualTo(WebappVersionFilter.tag("7.24.1", "desk-key"));
    assertThat(html.split(tag, -1)).hasSize(3);
  }

  @Test
  void theTagIsTheSameOnEveryNodeWithTheKeyAndUnknowableWithout() {
    assertThat(WebappVersionFilter.tag("7.24.0", "desk-key"))
        .isEqualTo(WebappVersionFilter.tag("7.24.0", "desk-key"))
        .isNotEqualTo(WebappVersionFilter.tag("7.24.0", "other-key"));
    assertThat(WebappVersionFilter.tag("7.24.0", ""))
        .isNotEqualTo(WebappVersionFilter.tag("7.24.0", ""));
  }

  @Test
  void onlyTheAppsPagesAreLookedAt() {
    WebappVersionFilter filter = new WebappVersionFilter("7.24.0", "desk-key");
    for (String page :
        new String[] {
          "/camunda/app/tasklist/", "/camunda/app/cockpit/default/", "/camunda/app/admin/index.html"
        }) {
      assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", page)))
          .as(page)
          .isFalse();
    }
    for (String other :
        new String[] {"/camunda/app/tasklist/lib/runtime.js", "/camunda/api/engine/engine/"}) {
      assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", other)))
          .as(other)
          .isTrue();
    }
    assertThat(filter.shouldNotFilter(new MockHttpServletRequest("POST", "/camunda/app/tasklist/")))
        .isTrue();
  }
}
