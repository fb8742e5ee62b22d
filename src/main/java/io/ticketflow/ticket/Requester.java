package io.ticketflow.ticket;

import io.ticketflow.search.SearchAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

/** The person who asked for help, with the contact details used to answer them. */
@Embeddable
public class Requester {

  @FullTextField(analyzer = SearchAnalysis.TEXT)
  @Column(name = "requester_name", nullable = false, length = 200)
  private String name;

  @Column(name = "requester_email", length = 320)
  private String email;

  @Column(name = "requester_phone", length = 40)
  private String phone;

  @Column(name = "requester_department", length = 100)
  private String department;

  @Column(name = "requester_employee_id", length = 100)
  private String employeeId;

  protected Requester() {}

  public Requester(String name, String email, String phone, String department, String employeeId) {
    this.name = name;
    this.email = email;
    this.phone = phone;
    this.department = department;
    this.employeeId = employeeId;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getDepartment() {
    return department;
  }

  public String getEmployeeId() {
    return employeeId;
  }

  /** Name plus the first contact detail, for an agent's overview. */
  public String summary() {
    StringBuilder text = new StringBuilder(name);
    if (department != null && !department.isBlank()) {
      text.append(" (").append(department).append(')');
    }
    if (email != null && !email.isBlank()) {
      text.append(" <").append(email).append('>');
    }
    if (phone != null && !phone.isBlank()) {
      text.append(" tel. ").append(phone);
    }
    return text.toString();
  }
}
