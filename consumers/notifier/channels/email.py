"""E-mail over SMTP (smtplib): plain-text and HTML parts, STARTTLS or implicit TLS per settings.smtp.

Recipients are per rule in alerts.yaml (``email: {to: [...]}``); the password
comes from the environment (``NEWSRADAR_SMTP__PASSWORD``). The ``Message-ID``
is derived from the delivery id, so a redelivery is recognisable as such.
"""
from __future__ import annotations

import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import formatdate

from consumers.notifier.channels.base import Channel, Message, redact
from newsradar.errors import NotifyError


class EmailNotifier(Channel):
    name = "email"

    def render(self, alerts, rule, delivery_id, digest=False) -> Message:
        opts = rule.email
        return Message(self.name, delivery_id,
                       # one line: a CR or LF from a headline would be refused by EmailMessage
                       subject=" ".join(self.templates.render("subject", rule, alerts, digest).split()),
                       text=self.templates.render("email", rule, alerts, digest) + "\n",
                       html=self.templates.render("email_html", rule, alerts, digest),
                       recipients=[*opts.to, *opts.cc])

    def _mime(self, message: Message) -> EmailMessage:
        smtp = self.settings.smtp
        mime = EmailMessage()
        mime["Subject"] = message.subject
        mime["From"] = smtp.sender
        mime["To"] = ", ".join(message.recipients)
        mime["Date"] = formatdate(localtime=False)
        mime["Message-ID"] = f"<{message.delivery_id.replace(':', '.')}@newsradar>"
        mime.set_content(message.text)
        mime.add_alternative(message.html, subtype="html")
        return mime

    def send(self, message: Message) -> None:
        smtp = self.settings.smtp
        password = smtp.password.get_secret_value() if smtp.password else None
        try:
            if smtp.tls == "implicit":
                client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout,
                                          context=ssl.create_default_context())
            else:
                client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
            with client:
                if smtp.tls == "starttls":
                    client.starttls(context=ssl.create_default_context())
                if smtp.username and password:
                    client.login(smtp.username, password)
                refused = client.send_message(self._mime(message), to_addrs=message.recipients)
        except smtplib.SMTPResponseException as exc:
            # 5xx is the server's final word (bad recipient, auth refused); 4xx is "try later"
            raise NotifyError(self.name, redact(f"SMTP {exc.smtp_code}: {exc.smtp_error!r}", password),
                              permanent=exc.smtp_code >= 500) from None
        except smtplib.SMTPRecipientsRefused as exc:
            raise NotifyError(self.name, f"all recipients refused: {sorted(exc.recipients)}", permanent=True) from None
        except (smtplib.SMTPException, OSError, socket.timeout, ssl.SSLError) as exc:
            raise NotifyError(self.name, redact(f"{smtp.host}:{smtp.port}: {exc.__class__.__name__}: {exc}",
                                                password)) from None
        if refused:
            # some recipients got it: retrying would send it twice to the others
            raise NotifyError(self.name, f"refused by the server for {sorted(refused)}", permanent=True)
