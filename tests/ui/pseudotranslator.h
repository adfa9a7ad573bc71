// SPDX-License-Identifier: MIT
// A translator for layout tests: every string comes back about 40 % longer, its letters
// accented ("Save" -> "Šàvé ·~~·"), so a label, button, group box or tab that is sized to
// its English text shows it cut off. What code reads back stays intact: %1..%99, %L1, %n,
// %Ln, the '&' of an accelerator and its letter, "&&", HTML tags and entities. Date
// patterns (ct::DisplayText's) are left alone: they are formats, not text.
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QTranslator>

namespace ct::test {

class PseudoTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!sourceText || !*sourceText)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        if (qstrcmp(context, "ct::DisplayText") == 0 && isDatePattern(source))
            return source;
        return pseudo(source);
    }

    static QString pseudo(const QString &source)
    {
        static const QRegularExpression kept(QStringLiteral(
            R"(%L?(\d{1,2}|n)|&&|&[A-Za-z][A-Za-z0-9]*;|&#\d+;|&.|<[^>]*>)"));
        QString out;
        int letters = 0;
        qsizetype at = 0;
        for (auto m = kept.globalMatch(source); m.hasNext();) {
            const QRegularExpressionMatch match = m.next();
            letters += accent(source.mid(at, match.capturedStart() - at), &out);
            out += match.captured();
            at = match.capturedEnd();
        }
        letters += accent(source.mid(at), &out);
        // 40 % more, at least two characters: "·~~·" reads as padding in a screenshot.
        const int extra = std::max(2, (letters * 4 + 9) / 10);
        QString padding(extra, QLatin1Char('~'));
        padding[0] = QChar(0x00B7);
        if (extra > 2)
            padding[extra - 1] = QChar(0x00B7);
        // After the text, before a trailing "…" or ":" so "Save…" stays a menu item's shape.
        qsizetype end = out.size();
        while (end > 0 && (out.at(end - 1) == QChar(0x2026) || out.at(end - 1) == QLatin1Char(':')))
            --end;
        out.insert(end, QLatin1Char(' ') + padding);
        return out;
    }

private:
    static bool isDatePattern(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral(R"(^[dMyHhmsap ,.:/'-]+$)"));
        return pattern.match(text).hasMatch();
    }

    static int accent(const QString &text, QString *out)
    {
        static const QString plain = QStringLiteral("aceinouyACEINOUYsSzZ");
        static const QString marked = QString::fromUtf8("àçéîñöûýÅÇÉÎÑÖÛÝšŠžŽ");
        int letters = 0;
        for (const QChar c : text) {
            const qsizetype i = plain.indexOf(c);
            out->append(i >= 0 ? marked.at(i) : c);
            letters += c.isLetterOrNumber() ? 1 : 0;
        }
        return letters;
    }
};

} // namespace ct::test
