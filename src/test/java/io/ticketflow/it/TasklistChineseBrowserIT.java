package io.ticketflow.it;

import static io.ticketflow.support.Tickets.workTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketflow.config.SupportGroups;
import io.ticketflow.config.TaskFilters;
import io.ticketflow.support.Api;
import io.ticketflow.support.Browser;
import io.ticketflow.support.IntegrationTest;
import io.ticketflow.support.TestUsers;
import io.ticketflow.support.TicketJobs;
import io.ticketflow.support.Tickets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Chinese agent works a ticket in Tasklist in Chinese: the work form's Chinese twin, labels in
 * place of codes, due times in the desk's zone with the time left, a knowledge suggestion that
 * opens its article's staff page in a new tab, the requester's Chinese templates first, the chosen
 * one filled in and edited before completing; the requester receives greeting, solution, signature.
 */
@IntegrationTest
class TasklistChineseBrowserIT {

  private static final String TITLE = "订单录入保存时崩溃";
  private static Browser browser;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start("zh-CN");
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void chineseAgentCompletesTheWorkFormWithAnEditedTemplate() {
    Api staff = Api.at(port).as(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    String article = publishedArticle(staff);
    Map<String, Object> body = Tickets.request(TITLE, "SYSTEM_FAULT", "SOFTWARE_BUG", "URGENT");
    body.put("impact", "ENTERPRISE");
    body.put("description", "订单录入页面点击保存后崩溃，错误代码 E-500。");
    @SuppressWarnings("unchecked")
    Map<String, Object> requester = (Map<String, Object>) body.get("requester");
    requester.put("name", "张三");
    requester.put("language", "zh-CN");
    String number = staff.post("/api/tickets", body).json().get("number").asText();
    new TicketJobs(runtime, management).runDue(number);

    browser.open(base() + "/camunda/app/tasklist/default/");
    browser.visible(By.cssSelector("form[name='signinForm']"));
    // the sign-in page asks who is signed in (404: nobody) and for a welcome text (404: none)
    assertThat(browser.failedRequests())
        .allMatch(
            r -> r.startsWith("404 GET ") && r.matches(".*/(auth/user/default|camunda-welcome)$"));
    browser.signInToCamunda(TestUsers.APPLICATIONS_AGENT, TestUsers.APPLICATIONS_AGENT);
    String unassignedUrgent = TaskFilters.name(SupportGroups.APPLICATIONS, "unassigned P1/P2");
    browser.click(
        By.xpath(
            "//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'"
                + unassignedUrgent
                + "')]"));
    By taskLink =
        By.xpath(
            "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(.,'"
                + number
                + "')]");
    browser.click(taskLink);
    browser.click(By.cssSelector(".task-card button.claim"));
    browser.visible(By.cssSelector(".task-card button.unclaim"));
    browser.waitForValue(By.cssSelector("input[id$='Field_TicketNumber']"), number);
    browser.waitForValue(By.cssSelector("input[id$='Field_PriorityLabel']"), "P1 · 紧急");
    browser.waitForValue(By.cssSelector("input[id$='Field_Classification']"), "系统故障 › 软件缺陷");
    browser.visible(By.xpath("//label[contains(normalize-space(.),'工单号')]"));
    assertThat(value("Field_TicketStatusLabel")).matches(".*\\p{IsHan}.*");
    assertThat(value("Field_FirstResponseDue"))
        .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}（Asia/Shanghai）· (还剩|已超时) .+");
    assertThat(value("Field_ResolutionDue")).contains("（Asia/Shanghai）");
    WebElement link =
        browser.visible(By.cssSelector("a[href='/camunda/knowledge/" + article + "']"));
    assertThat(link.getAttribute("target")).isEqualTo("_blank");
    assertThat(shown(".ce-eol-banner")).isFalse();
    browser.screenshot("tasklist-zh-01-work-form");
    assertThat(browser.failedRequests()).as("failed requests of Tasklist").isEmpty();

    browser.click(By.xpath("//label[normalize-space(.)='已解决']"));
    browser.click(By.cssSelector("[id$='Field_ReplyTemplate-display']"));
    List<WebElement> templates =
        browser.all(By.cssSelector(".fjs-dropdownlist .fjs-dropdownlist-item"));
    assertThat(templates).isNotEmpty();
    assertThat(templates.get(0).getText()).startsWith("中文 · ");
    browser.screenshot("tasklist-zh-02-templates");
    // the first template, in the requester's language, fills the first draft
    templates.get(0).click();
    WebElement draft = browser.visible(By.cssSelector("textarea[id$='Field_ReplyDraftOne']"));
    assertThat(draft.getAttribute("value")).contains("张三，您好");
    draft.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    draft.sendKeys("张三，您好：", Keys.ENTER, Keys.ENTER, "您反馈的保存问题已处理。");
    draft.sendKeys(Keys.ENTER, Keys.ENTER, "此致", Keys.ENTER, "艾米");
    browser
        .visible(By.cssSelector("textarea[id$='Field_Resolution']"))
        .sendKeys("已修复保存处理程序，订单录入可以正常保存。");
    browser.screenshot("tasklist-zh-03-edited-template");
    browser.click(By.xpath("//button[normalize-space(.)='完成']"));
    browser.visible(By.cssSelector(".no-task"));
    browser.screenshot("tasklist-zh-04-completed");
    assertThat(browser.failedRequests()).as("failed requests completing the task").isEmpty();

    new TicketJobs(runtime, management).runDue(number);
    JsonNode ticket = staff.get("/api/tickets/" + number).json();
    assertThat(ticket.get("resolution").asText())
        .isEqualTo("张三，您好：\n\n您反馈的保存问题已处理。\n\n已修复保存处理程序，订单录入可以正常保存。\n\n此致\n艾米");
    Api amy = Api.at(port).as(TestUsers.APPLICATIONS_AGENT, TestUsers.APPLICATIONS_AGENT);
    assertThat(workTask(amy, number)).isNull();

    // the suggestion's link: the article's staff page, in the webapps' session and language
    browser.open(base() + "/camunda/knowledge/" + article);
    browser.visible(By.xpath("//h1[normalize-space(.)='订单录入保存时崩溃的处理方法']"));
    browser.visible(By.xpath("//h2[normalize-space(.)='解决方法']"));
    browser.screenshot("tasklist-zh-05-article");
  }

  /** A published article that matches the ticket, written and published by staff. */
  private static String publishedArticle(Api staff) {
    Map<String, Object> article =
        Map.of(
            "title", "订单录入保存时崩溃的处理方法",
            "symptoms", "订单录入页面点击保存后崩溃，显示错误代码 E-500。",
            "solution", "重启订单服务，然后清除浏览器缓存后重新保存。",
            "category", "SYSTEM_FAULT",
            "subcategory", "SOFTWARE_BUG",
            "tags", List.of("订单", "保存", "崩溃"));
    String number = staff.post("/api/knowledge", article).json().get("number").asText();
    assertThat(staff.post("/api/knowledge/" + number + "/publish", Map.of()).status())
        .isEqualTo(200);
    return number;
  }

  private String value(String field) {
    return browser.visible(By.cssSelector("input[id$='" + field + "']")).getAttribute("value");
  }

  private boolean shown(String css) {
    return (Boolean)
        browser.script(
            "const e = document.querySelector(arguments[0]);"
                + " return !!e && e.offsetParent !== null;",
            css);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
