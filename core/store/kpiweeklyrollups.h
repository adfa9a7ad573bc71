// SPDX-License-Identifier: MIT
#pragma once

namespace ct {

// The weekly rollup level's sums from the daily tables (schema 15; docs/KPIS.md, "Rollups"):
// kpi_weekly, kpi_exceptions_weekly, kpi_exception_hours_weekly and kpi_returns_weekly,
// each row the sum of its daily table's rows over one ISO week (`week`: the day number of
// its Monday), histograms merged value by value. Run on empty weekly tables, in order: by
// schema step 15 (the daily rows of an upgraded store) and by KpiFacts::rebuild. Part of a
// released schema step: never edit, add a new step.
struct KpiWeeklyRollups final
{
    static constexpr const char *FillSql[] = {
    "INSERT INTO kpi_weekly(week, carrier, service, lane, destination, tracked, delivered, failed_attempt, recovered, fake, rto, with_exceptions, exceptions, attempted, promised, on_time, first_attempt_ok, orders, returned_orders) SELECT day - ((day + 3) % 7 + 7) % 7, carrier, service, lane, destination, sum(tracked), sum(delivered), sum(failed_attempt), sum(recovered), sum(fake), sum(rto), sum(with_exceptions), sum(exceptions), sum(attempted), sum(promised), sum(on_time), sum(first_attempt_ok), sum(orders), sum(returned_orders) FROM kpi_daily GROUP BY 1, 2, 3, 4, 5",
    "INSERT INTO kpi_weekly(week, carrier, service, lane, destination, transit_days) SELECT w, carrier, service, lane, destination, '{' || group_concat('\"' || k || '\":' || n) || '}' FROM (SELECT d.day - ((d.day + 3) % 7 + 7) % 7 AS w, d.carrier, d.service, d.lane, d.destination, j.key AS k, sum(j.value) AS n FROM kpi_daily d, json_each(d.transit_days) j GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(j.value) <> 0) WHERE 1 GROUP BY 1, 2, 3, 4, 5 ON CONFLICT(week, carrier, service, lane, destination) DO UPDATE SET transit_days = excluded.transit_days",
    "INSERT INTO kpi_weekly(week, carrier, service, lane, destination, transit_business_days) SELECT w, carrier, service, lane, destination, '{' || group_concat('\"' || k || '\":' || n) || '}' FROM (SELECT d.day - ((d.day + 3) % 7 + 7) % 7 AS w, d.carrier, d.service, d.lane, d.destination, j.key AS k, sum(j.value) AS n FROM kpi_daily d, json_each(d.transit_business_days) j GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(j.value) <> 0) WHERE 1 GROUP BY 1, 2, 3, 4, 5 ON CONFLICT(week, carrier, service, lane, destination) DO UPDATE SET transit_business_days = excluded.transit_business_days",
    "INSERT INTO kpi_weekly(week, carrier, service, lane, destination, order_days) SELECT w, carrier, service, lane, destination, '{' || group_concat('\"' || k || '\":' || n) || '}' FROM (SELECT d.day - ((d.day + 3) % 7 + 7) % 7 AS w, d.carrier, d.service, d.lane, d.destination, j.key AS k, sum(j.value) AS n FROM kpi_daily d, json_each(d.order_days) j GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(j.value) <> 0) WHERE 1 GROUP BY 1, 2, 3, 4, 5 ON CONFLICT(week, carrier, service, lane, destination) DO UPDATE SET order_days = excluded.order_days",
    "INSERT INTO kpi_exceptions_weekly(week, carrier, service, lane, destination, type, opened, answered, answered_late, resolved, resolved_late, closed, resolve_ms) SELECT day - ((day + 3) % 7 + 7) % 7, carrier, service, lane, destination, type, sum(opened), sum(answered), sum(answered_late), sum(resolved), sum(resolved_late), sum(closed), sum(resolve_ms) FROM kpi_exceptions_daily GROUP BY 1, 2, 3, 4, 5, 6",
    "INSERT INTO kpi_exception_hours_weekly(week, carrier, service, lane, destination, type, hour, count) SELECT day - ((day + 3) % 7 + 7) % 7, carrier, service, lane, destination, type, hour, sum(count) FROM kpi_exception_hours GROUP BY 1, 2, 3, 4, 5, 6, 7",
    "INSERT INTO kpi_returns_weekly(week, carrier, service, lane, destination, orphan, currency, returns, refunds, refund_value, exchanges, exchange_value, credits, credit_value) SELECT day - ((day + 3) % 7 + 7) % 7, carrier, service, lane, destination, orphan, currency, sum(returns), sum(refunds), sum(refund_value), sum(exchanges), sum(exchange_value), sum(credits), sum(credit_value) FROM kpi_returns_daily GROUP BY 1, 2, 3, 4, 5, 6, 7"
    };
    // The weekly tables, emptied before a rebuild fills them.
    static constexpr const char *Tables[] = {"kpi_weekly", "kpi_exceptions_weekly", "kpi_exception_hours_weekly",
                                             "kpi_returns_weekly"};
};

} // namespace ct
