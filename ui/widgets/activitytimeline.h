// ActivityTimeline draws a user's interactions per month as bars, from their first active month to their
// last with the quiet months in between shown as gaps, so bursts and lapses read at a glance. Month labels
// come from the locale (short month names, the year at each January and at the start) and are thinned so
// they never overlap, hovering a month shows its exact count; a user without interactions gets an empty-state
// message instead of an empty axis.
#pragma once

#include "profiles/profilestore.h"

#include <qcustomplot.h>

namespace tailor {

class ActivityTimeline : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ActivityTimeline(QWidget *parent = nullptr);

    void setTimeline(const QList<ProfileTimelineBucket> &buckets);
    // Months on the axis, quiet ones included (0 when there is no activity).
    int monthCount() const { return m_months; }
    // The busiest month's interactions.
    qint64 peak() const { return m_peak; }
    bool isEmptyState() const { return m_empty->visible(); }
    // The axis label of each month, in order ("" where thinned out).
    QStringList monthLabels() const { return m_labels; }
    // What hovering month `index` shows: "March 2024: 5 interactions" (empty outside the axis).
    QString toolTipAt(int index) const;
    // The step between count ticks for a busiest month of `peak`: 1, 2 or 5 times a power of ten, so the
    // ticks read 0, 20, 40, 60 rather than 0, 13, 26, 39, with at most five of them up to the peak.
    static qint64 countTickStep(qint64 peak);
    // The count ticks as drawn (for tests).
    double countTickStepShown() const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QCPBars *m_bars = nullptr;
    QCPItemText *m_empty = nullptr;
    QDate m_first;
    int m_months = 0;
    qint64 m_peak = 0;
    QStringList m_labels;
};

} // namespace tailor
