// SPDX-License-Identifier: MIT
#include "defaultnotificationtemplates.h"

#include "notificationtemplateset.h"

#include <QStringList>

namespace ct {

namespace {

// What a language says around every message.
struct LanguageFrame
{
    const char *code;
    const char *greeting;   // the first line, with the customer's first name
    const char *trackLine;  // before the tracking link
    const char *fixLine;    // before the link to fix the address or date
    const char *signOff;
};

constexpr LanguageFrame Frames[] = {
    {"en", "Hello {{customer.first_name|there}},", "Follow your parcel:", "Change the address or choose another day:",
     "Thank you for shopping with us."},
    {"de", "Hallo {{customer.first_name|liebe Kundin, lieber Kunde}},", "Ihre Sendung verfolgen:",
     "Adresse ändern oder einen anderen Tag wählen:", "Vielen Dank für Ihren Einkauf."},
    {"fr", "Bonjour {{customer.first_name|cher client}},", "Suivre votre colis :",
     "Modifier l'adresse ou choisir un autre jour :", "Merci pour votre commande."},
    {"es", "Hola {{customer.first_name|cliente}},", "Siga su paquete:", "Cambie la dirección o elija otro día:",
     "Gracias por su compra."},
};

// One step of the journey in one language: the e-mail's subject and paragraph, the SMS.
struct Step
{
    const char *name;
    const char *language;
    const char *subject;
    const char *paragraph;
    const char *sms;
};

constexpr Step Steps[] = {
    {"shipped", "en", "Your order {{order.number}} is on its way",
     "Your order {{order.number}} has left us with {{shipment.carrier}}. We expect it on {{edd.p50|the next few days}}.",
     "Your order {{order.number}} is on its way with {{shipment.carrier}}. Track it: {{shipment.tracking_url}}"},
    {"out_for_delivery", "en", "Your order {{order.number}} arrives today",
     "{{shipment.carrier}} is out delivering your order {{order.number}} today. Please keep an eye out for the driver.",
     "Your order {{order.number}} is out for delivery today with {{shipment.carrier}}: {{shipment.tracking_url}}"},
    {"delivered", "en", "Your order {{order.number}} has been delivered",
     "{{shipment.carrier}} has delivered your order {{order.number}}. We hope you enjoy it.",
     "Your order {{order.number}} has been delivered. Enjoy it!"},
    {"failed_attempt", "en", "We missed you: your order {{order.number}}",
     "{{shipment.carrier}} tried to deliver your order {{order.number}} but could not. Please check the address or choose another day so the next attempt succeeds.",
     "{{shipment.carrier}} missed you with order {{order.number}}. Fix the address or pick a day: {{shipment.fix_address_url}}"},
    {"delayed", "en", "Your order {{order.number}} is running late",
     "Your order {{order.number}} is running late with {{shipment.carrier}}. It is now expected on {{edd.p50|a later date}}. We are sorry for the wait.",
     "Sorry, order {{order.number}} is running late. Now expected {{edd.p50|soon}}: {{shipment.tracking_url}}"},
    {"available_for_pickup", "en", "Your order {{order.number}} is ready to collect",
     "Your order {{order.number}} is waiting for you at a {{shipment.carrier}} pickup point in {{shipment.destination_city|your area}}. Please bring the tracking number {{shipment.tracking_number}}.",
     "Order {{order.number}} is ready to collect from {{shipment.carrier}}. Tracking number {{shipment.tracking_number}}."},
    {"return_approved", "en", "Your return {{return.rma}} is approved",
     "We have approved your return {{return.rma}}. Please send the items back with the label we provide.",
     "Your return {{return.rma}} is approved. Please send the items back with our label."},
    {"return_received", "en", "We have received your return {{return.rma}}",
     "Your return {{return.rma}} has arrived with us. We will check the items and let you know the outcome.",
     "We have received your return {{return.rma}} and will check it shortly."},
    {"return_refunded", "en", "Your refund for {{return.rma}}",
     "We have refunded {{return.refund_amount|your return}} for your return {{return.rma}}. It can take a few days to show on your statement.",
     "We have refunded {{return.refund_amount|your return}} for return {{return.rma}}."},

    {"shipped", "de", "Ihre Bestellung {{order.number}} ist unterwegs",
     "Ihre Bestellung {{order.number}} ist mit {{shipment.carrier}} unterwegs. Wir erwarten sie am {{edd.p50|in den nächsten Tagen}}.",
     "Ihre Bestellung {{order.number}} ist mit {{shipment.carrier}} unterwegs: {{shipment.tracking_url}}"},
    {"out_for_delivery", "de", "Ihre Bestellung {{order.number}} kommt heute",
     "{{shipment.carrier}} stellt Ihre Bestellung {{order.number}} heute zu.",
     "Ihre Bestellung {{order.number}} wird heute von {{shipment.carrier}} zugestellt: {{shipment.tracking_url}}"},
    {"delivered", "de", "Ihre Bestellung {{order.number}} wurde zugestellt",
     "{{shipment.carrier}} hat Ihre Bestellung {{order.number}} zugestellt. Viel Freude damit!",
     "Ihre Bestellung {{order.number}} wurde zugestellt."},
    {"failed_attempt", "de", "Wir haben Sie verpasst: Bestellung {{order.number}}",
     "{{shipment.carrier}} konnte Ihre Bestellung {{order.number}} nicht zustellen. Bitte prüfen Sie die Adresse oder wählen Sie einen anderen Tag.",
     "{{shipment.carrier}} hat Sie mit Bestellung {{order.number}} verpasst. Adresse oder Tag: {{shipment.fix_address_url}}"},
    {"delayed", "de", "Ihre Bestellung {{order.number}} verspätet sich",
     "Ihre Bestellung {{order.number}} verspätet sich bei {{shipment.carrier}}. Sie wird jetzt am {{edd.p50|etwas später}} erwartet. Bitte entschuldigen Sie.",
     "Bestellung {{order.number}} verspätet sich, jetzt erwartet: {{edd.p50|bald}}. {{shipment.tracking_url}}"},
    {"available_for_pickup", "de", "Ihre Bestellung {{order.number}} liegt zur Abholung bereit",
     "Ihre Bestellung {{order.number}} wartet in einer Filiale von {{shipment.carrier}} in {{shipment.destination_city|Ihrer Nähe}}. Bitte bringen Sie die Sendungsnummer {{shipment.tracking_number}} mit.",
     "Bestellung {{order.number}} liegt bei {{shipment.carrier}} zur Abholung bereit. Sendungsnummer {{shipment.tracking_number}}."},
    {"return_approved", "de", "Ihre Rücksendung {{return.rma}} ist genehmigt",
     "Wir haben Ihre Rücksendung {{return.rma}} genehmigt. Bitte senden Sie die Artikel mit unserem Etikett zurück.",
     "Rücksendung {{return.rma}} genehmigt. Bitte mit unserem Etikett zurücksenden."},
    {"return_received", "de", "Ihre Rücksendung {{return.rma}} ist angekommen",
     "Ihre Rücksendung {{return.rma}} ist bei uns angekommen. Wir prüfen die Artikel und melden uns.",
     "Ihre Rücksendung {{return.rma}} ist angekommen."},
    {"return_refunded", "de", "Ihre Erstattung zu {{return.rma}}",
     "Wir haben {{return.refund_amount|Ihre Rücksendung}} für Ihre Rücksendung {{return.rma}} erstattet.",
     "Erstattet: {{return.refund_amount|Ihre Rücksendung}} für Rücksendung {{return.rma}}."},

    {"shipped", "fr", "Votre commande {{order.number}} est en route",
     "Votre commande {{order.number}} est partie avec {{shipment.carrier}}. Livraison prévue le {{edd.p50|dans les prochains jours}}.",
     "Votre commande {{order.number}} est en route avec {{shipment.carrier}} : {{shipment.tracking_url}}"},
    {"out_for_delivery", "fr", "Votre commande {{order.number}} arrive aujourd'hui",
     "{{shipment.carrier}} livre votre commande {{order.number}} aujourd'hui.",
     "Votre commande {{order.number}} est en cours de livraison avec {{shipment.carrier}} : {{shipment.tracking_url}}"},
    {"delivered", "fr", "Votre commande {{order.number}} a été livrée",
     "{{shipment.carrier}} a livré votre commande {{order.number}}. Bonne découverte !",
     "Votre commande {{order.number}} a été livrée."},
    {"failed_attempt", "fr", "Livraison manquée : commande {{order.number}}",
     "{{shipment.carrier}} n'a pas pu livrer votre commande {{order.number}}. Vérifiez l'adresse ou choisissez un autre jour.",
     "{{shipment.carrier}} n'a pas pu livrer la commande {{order.number}}. Adresse ou jour : {{shipment.fix_address_url}}"},
    {"delayed", "fr", "Votre commande {{order.number}} a du retard",
     "Votre commande {{order.number}} a du retard chez {{shipment.carrier}}. Elle est maintenant attendue le {{edd.p50|plus tard}}. Toutes nos excuses.",
     "Commande {{order.number}} en retard, attendue {{edd.p50|bientôt}} : {{shipment.tracking_url}}"},
    {"available_for_pickup", "fr", "Votre commande {{order.number}} vous attend",
     "Votre commande {{order.number}} vous attend dans un point relais {{shipment.carrier}} à {{shipment.destination_city|proximité}}. Munissez-vous du numéro {{shipment.tracking_number}}.",
     "Commande {{order.number}} disponible en point relais {{shipment.carrier}}. Numéro {{shipment.tracking_number}}."},
    {"return_approved", "fr", "Votre retour {{return.rma}} est accepté",
     "Nous avons accepté votre retour {{return.rma}}. Renvoyez les articles avec notre étiquette.",
     "Retour {{return.rma}} accepté. Renvoyez les articles avec notre étiquette."},
    {"return_received", "fr", "Nous avons reçu votre retour {{return.rma}}",
     "Votre retour {{return.rma}} est arrivé. Nous vérifions les articles et revenons vers vous.",
     "Nous avons reçu votre retour {{return.rma}}."},
    {"return_refunded", "fr", "Votre remboursement pour {{return.rma}}",
     "Nous avons remboursé {{return.refund_amount|votre retour}} pour votre retour {{return.rma}}.",
     "Remboursé : {{return.refund_amount|votre retour}} pour le retour {{return.rma}}."},

    {"shipped", "es", "Su pedido {{order.number}} está en camino",
     "Su pedido {{order.number}} ha salido con {{shipment.carrier}}. Lo esperamos el {{edd.p50|en los próximos días}}.",
     "Su pedido {{order.number}} está en camino con {{shipment.carrier}}: {{shipment.tracking_url}}"},
    {"out_for_delivery", "es", "Su pedido {{order.number}} llega hoy",
     "{{shipment.carrier}} entrega hoy su pedido {{order.number}}.",
     "Su pedido {{order.number}} está en reparto hoy con {{shipment.carrier}}: {{shipment.tracking_url}}"},
    {"delivered", "es", "Su pedido {{order.number}} ha sido entregado",
     "{{shipment.carrier}} ha entregado su pedido {{order.number}}. ¡Que lo disfrute!",
     "Su pedido {{order.number}} ha sido entregado."},
    {"failed_attempt", "es", "No le encontramos: pedido {{order.number}}",
     "{{shipment.carrier}} no pudo entregar su pedido {{order.number}}. Revise la dirección o elija otro día.",
     "{{shipment.carrier}} no pudo entregar el pedido {{order.number}}. Dirección o día: {{shipment.fix_address_url}}"},
    {"delayed", "es", "Su pedido {{order.number}} se retrasa",
     "Su pedido {{order.number}} se retrasa con {{shipment.carrier}}. Ahora se espera el {{edd.p50|más adelante}}. Disculpe la espera.",
     "Pedido {{order.number}} retrasado, ahora previsto {{edd.p50|pronto}}: {{shipment.tracking_url}}"},
    {"available_for_pickup", "es", "Su pedido {{order.number}} está listo para recoger",
     "Su pedido {{order.number}} le espera en un punto de {{shipment.carrier}} en {{shipment.destination_city|su zona}}. Lleve el número {{shipment.tracking_number}}.",
     "Pedido {{order.number}} listo para recoger en {{shipment.carrier}}. Número {{shipment.tracking_number}}."},
    {"return_approved", "es", "Su devolución {{return.rma}} está aprobada",
     "Hemos aprobado su devolución {{return.rma}}. Envíe los artículos con nuestra etiqueta.",
     "Devolución {{return.rma}} aprobada. Envíe los artículos con nuestra etiqueta."},
    {"return_received", "es", "Hemos recibido su devolución {{return.rma}}",
     "Su devolución {{return.rma}} ha llegado. Revisaremos los artículos y le avisaremos.",
     "Hemos recibido su devolución {{return.rma}}."},
    {"return_refunded", "es", "Su reembolso de {{return.rma}}",
     "Hemos reembolsado {{return.refund_amount|su devolución}} por su devolución {{return.rma}}.",
     "Reembolsado: {{return.refund_amount|su devolución}} por la devolución {{return.rma}}."},
};

const LanguageFrame &frameOf(const char *language)
{
    for (const LanguageFrame &f : Frames)
        if (qstrcmp(f.code, language) == 0)
            return f;
    return Frames[0];
}

bool isReturnStep(const QString &name)
{
    return name.startsWith(QLatin1String("return_"));
}

} // namespace

NotificationTemplateSet defaultNotificationTemplates()
{
    NotificationTemplateSet set;
    set.defaultLanguage = QStringLiteral("en");
    // Reserved example addresses (RFC 2606): the renderer refuses to send them, so a team
    // sets its own tracking page before anything goes out (docs/NOTIFICATIONS.md).
    set.trackingUrl = QStringLiteral("https://track.example.com/{{shipment.carrier_code}}/{{shipment.tracking_number}}");
    set.fixAddressUrl = QStringLiteral("https://track.example.com/fix/{{shipment.tracking_number}}");
    for (const Step &step : Steps) {
        const LanguageFrame &frame = frameOf(step.language);
        const QString name = QLatin1String(step.name);
        const bool aboutReturn = isReturnStep(name);
        const bool fix = name == QLatin1String("failed_attempt");
        const QString paragraph = QString::fromUtf8(step.paragraph);
        const QString linkText = fix ? QString::fromUtf8(frame.fixLine) : QString::fromUtf8(frame.trackLine);
        const QString link = fix ? QStringLiteral("{{shipment.fix_address_url}}") : QStringLiteral("{{shipment.tracking_url}}");

        NotificationTemplate email;
        email.name = name;
        email.channel = MessageChannel::Email;
        email.language = QLatin1String(step.language);
        email.about = aboutReturn ? NotificationSubject::Return : NotificationSubject::Shipment;
        email.subject = QString::fromUtf8(step.subject);
        QString text = QString::fromUtf8(frame.greeting) + QStringLiteral("\n\n") + paragraph + QStringLiteral("\n\n");
        QString html = QStringLiteral("<!DOCTYPE html>\n<html><body style=\"font-family: sans-serif\">\n<p>")
            + QString::fromUtf8(frame.greeting) + QStringLiteral("</p>\n<p>") + paragraph + QStringLiteral("</p>\n");
        if (!aboutReturn) {
            text += linkText + QLatin1Char(' ') + link + QStringLiteral("\n\n");
            html += QStringLiteral("<p><a href=\"%1\">%2</a></p>\n").arg(link, linkText);
        }
        text += QString::fromUtf8(frame.signOff) + QLatin1Char('\n');
        html += QStringLiteral("<p>%1</p>\n</body></html>\n").arg(QString::fromUtf8(frame.signOff));
        email.text = text;
        email.html = html;
        set.templates << email;

        NotificationTemplate sms = email;
        sms.channel = MessageChannel::Sms;
        sms.subject.clear();
        sms.html.clear();
        sms.text = QString::fromUtf8(step.sms);
        set.templates << sms;

        // WhatsApp: the team's approved templates at the provider, one per step, named
        // ct_<step>; their variables are the first name, the order or return, and the link.
        NotificationTemplate whatsapp = email;
        whatsapp.channel = MessageChannel::WhatsApp;
        whatsapp.subject.clear();
        whatsapp.html.clear();
        whatsapp.text.clear();
        whatsapp.whatsappTemplate = QStringLiteral("ct_") + name;
        whatsapp.whatsappVariables = aboutReturn
            ? QStringList{QStringLiteral("{{customer.first_name|}}"), QStringLiteral("{{return.rma}}")}
            : QStringList{QStringLiteral("{{customer.first_name|}}"), QStringLiteral("{{order.number}}"), link};
        set.templates << whatsapp;
    }
    return set;
}

} // namespace ct
