package io.ticketflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The layering of STYLE.md, enforced: a build that breaks it fails here. */
@AnalyzeClasses(packages = "io.ticketflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] DOMAIN = {
    "io.ticketflow.ticket..",
    "io.ticketflow.intake..",
    "io.ticketflow.notification..",
    "io.ticketflow.sla..",
    "io.ticketflow.assignment..",
    "io.ticketflow.incident..",
    "io.ticketflow.knowledge..",
    "io.ticketflow.report..",
    "io.ticketflow.template..",
    "io.ticketflow.audit..",
    "io.ticketflow.search.."
  };

  @ArchTest
  static final ArchRule domainKnowsNothingOfTheEngine =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..")
          .because("the domain must work, and be tested, without the process engine");

  @ArchTest
  static final ArchRule domainDoesNotReachIntoOuterLayers =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.ticketflow.process..",
              "io.ticketflow.web..",
              "io.ticketflow.security..",
              "io.ticketflow.config..")
          .because("process/ calls the domain, never the other way round (the domain uses ports)");

  @ArchTest
  static final ArchRule delegatesLiveInProcess =
      classes()
          .that()
          .implement(JavaDelegate.class)
          .should()
          .resideInAPackage("io.ticketflow.process.delegates");

  @ArchTest
  static final ArchRule listenersLiveInProcess =
      classes()
          .that()
          .implement(TaskListener.class)
          .or()
          .implement(ExecutionListener.class)
          .should()
          .resideInAPackage("io.ticketflow.process.listeners");

  @ArchTest
  static final ArchRule controllersLiveInWeb =
      classes()
          .that()
          .areAnnotatedWith(RestController.class)
          .or()
          .areAnnotatedWith(Controller.class)
          .should()
          .resideInAPackage("io.ticketflow.web..");

  @ArchTest
  static final ArchRule noFieldInjection =
      noFields()
          .should()
          .beAnnotatedWith(Autowired.class)
          .orShould()
          .beAnnotatedWith(Value.class)
          .orShould()
          .beAnnotatedWith("jakarta.inject.Inject")
          .because("dependencies come through constructors into final fields");

  @ArchTest
  static final ArchRule modernTimeOnly =
      noClasses()
          .that()
          .doNotImplement(BusinessCalendar.class)
          .and()
          .doNotImplement(TaskListener.class)
          .and()
          .doNotHaveFullyQualifiedName("io.ticketflow.monitoring.EngineJobs")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Date")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Calendar")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.text.SimpleDateFormat")
          .because(
              "all time is java.time, with an injected Clock; only implementations of the"
                  + " engine's BusinessCalendar and task listeners (a task's due date), whose"
                  + " interfaces speak Date, and the metrics' reading of the engine's jobs convert"
                  + " at that edge");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("io.ticketflow.(*)..").should().beFreeOfCycles();
}
