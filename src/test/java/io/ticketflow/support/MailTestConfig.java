package io.ticketflow.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An in-process SMTP server for the integration tests, and the application's mail sender pointed at
 * it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MailTestConfig {

  @Bean(destroyMethod = "stop")
  GreenMail smtpServer() {
    GreenMail server =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
    return server;
  }

  @Bean
  JavaMailSender mailSender(GreenMail smtpServer) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(smtpServer.getSmtp().getPort());
    return sender;
  }
}
