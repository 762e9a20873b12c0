// InterestChart draws a user's interests as horizontal bars, strongest like at the top, coloured by band
// (high, medium, low) with its value written at its end, on a fixed 0–1 strength axis so two users' charts
// compare at a glance. Dislikes are bars of their own colour left of zero, below the likes; the axis then
// runs from −1 to 1.
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
    // The strength written at each bar, top to bottom, in the locale ("0.83", "−0.41").
    QStringList valueLabels() const;

    static QColor bandColor(InterestBand band);

private:
    static int bandIndex(InterestBand band); // into m_bars
    void addValueLabel(int row, const ProfileInterest &interest);

    QList<QCPBars *> m_bars; // one per band, so each has its colour and legend entry
    QList<QCPItemText *> m_valueLabels;
    int m_count = 0;
};

} // namespace tailor
