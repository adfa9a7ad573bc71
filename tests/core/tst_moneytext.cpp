// SPDX-License-Identifier: MIT
// Amounts in minor units written with their currency's decimals (ISO 4217 exponents):
// none for the yen, two for the dollar, three for the Kuwaiti dinar. Hand-written
// expectations; each text reads back to the same minor units.
#include "allocation/money.h"
#include "orders/minorunits.h"

#include <QTest>

using namespace ct;

class TestMoneyText final : public QObject
{
    Q_OBJECT

private slots:
    void writtenWithTheCurrencysDecimals_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("USD") << qint64(19965) << "USD" << "199.65 USD";
        QTest::newRow("USD a cent") << qint64(1) << "USD" << "0.01 USD";
        QTest::newRow("USD whole") << qint64(1000) << "USD" << "10.00 USD";
        QTest::newRow("USD zero") << qint64(0) << "USD" << "0.00 USD";
        QTest::newRow("USD negative under one") << qint64(-5) << "USD" << "-0.05 USD";
        QTest::newRow("USD negative") << qint64(-1250) << "USD" << "-12.50 USD";
        QTest::newRow("JPY has no decimals") << qint64(1250) << "JPY" << "1250 JPY";
        QTest::newRow("KRW") << qint64(150000) << "KRW" << "150000 KRW";
        QTest::newRow("KWD has three") << qint64(12500) << "KWD" << "12.500 KWD";
        QTest::newRow("BHD a fils") << qint64(5) << "BHD" << "0.005 BHD";
        QTest::newRow("INR") << qint64(149900) << "INR" << "1499.00 INR";
        QTest::newRow("an unreadable code has two") << qint64(1250) << "usd" << "12.50 usd";
    }

    void writtenWithTheCurrencysDecimals()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(moneyText(minor, currency), text);
        QCOMPARE((Money{minor, currency}.text()), text);
        if (minor >= 0 && currencyExponent(currency))
            QCOMPARE(parseMinorUnits(text.section(QLatin1Char(' '), 0, 0), *currencyExponent(currency)), minor);
    }

    void majorUnitsForALocale_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<double>("major");
        QTest::newRow("cents") << qint64(19965) << 2 << 199.65;
        QTest::newRow("yen") << qint64(1250) << 0 << 1250.0;
        QTest::newRow("fils") << qint64(12500) << 3 << 12.5;
    }

    void majorUnitsForALocale()
    {
        QFETCH(qint64, minor);
        QFETCH(int, exponent);
        QFETCH(double, major);
        QCOMPARE(majorUnits(minor, exponent), major);
    }
};

QTEST_GUILESS_MAIN(TestMoneyText)
#include "tst_moneytext.moc"
