// SPDX-License-Identifier: MIT
#include "csvmappingprompt.h"

#include "csvmappingdialog.h"
#include "orders/orderfilereader.h"
#include "settings/appsettings.h"

#include <QFile>
#include <QFileInfo>

namespace ct {

bool CsvMappingPrompt::needsMapping(const QByteArray &head)
{
    return !OrderFileReader::looksLikeStorefront(head)
           && OrderFileReader::csvHeader(head, OrderFileReader::csvDelimiter(head)).size() >= 2;
}

CsvOrderMappingBook CsvMappingPrompt::ask(const QStringList &paths, QWidget *parent, const Answer &answer)
{
    CsvOrderMappingBook book = CsvOrderMappingBook::fromJson(AppSettings::OrderCsvMappings.value());
    CsvOrderMappingBook forImport = book; // without the headers skipped this time
    for (const QString &path : paths) {
        QFile file(path);
        // Only a plain file is looked into (a named pipe would wait for its writer).
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray head = file.read(OrderFileReader::HeadBytes);
        if (!needsMapping(head))
            continue;
        const QStringList header = OrderFileReader::csvHeader(head, OrderFileReader::csvDelimiter(head));
        CsvMappingDialog dialog(path, head, book.find(header), parent);
        const bool accepted = answer ? answer(dialog) : dialog.exec() == QDialog::Accepted;
        if (!accepted || !dialog.fits()) {
            forImport.remove(header); // skipped: not read by a saved mapping either
            continue;
        }
        book.insert(header, dialog.mapping());
        forImport.insert(header, dialog.mapping());
        AppSettings::OrderCsvMappings.setValue(book.toJson());
    }
    return forImport;
}

} // namespace ct
