// InterestChart draws a user's interests as horizontal bars, strongest at the top, coloured by band (high,
// medium, low) on a fixed 0–1 strength axis so two users' charts compare at a glance.
#pragma once

#include "profiles/profilestore.h"

#include <qcustomplot.h>

namespace tailor {

class InterestChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit InterestChart(QWidget *parent = nullptr);

    void setInterests(const QList<ProfileInterest> &interests);
    int barCount() const { return m_count; }

    static QColor bandColor(InterestBand band);

private:
    QList<QCPBars *> m_bars; // one per band, so each has its colour and legend entry
    int m_count = 0;
};

} // namespace tailor
