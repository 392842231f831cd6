package vn.baocao.api.text;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Calendar words of Vietnamese documents: the name a lunar year goes by in the sixty-year cycle of
 * ten stems and twelve branches ("Tết Nguyên đán Kỷ Hợi 2019"). Vietnamese names the fourth branch
 * Mão (the cat), where Chinese has the rabbit.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class VietnameseCalendar {
    private static final String[] STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};

    private VietnameseCalendar() {}

    /**
     * The name of the lunar year whose Tết falls in this year of the Gregorian calendar: Kỷ Hợi for
     * 2019, Canh Tý for 2020, Bính Ngọ for 2026. The lunar year begins at Tết, in January or
     * February, so its first days (and Tết itself) carry this name, and its last weeks fall in the
     * next Gregorian year.
     *
     * @throws IllegalArgumentException for a year before 1 (the cycle is counted from 4, a Giáp Tý year)
     */
    public static String lunarYearName(int gregorianYear) {
        if (gregorianYear < 1) {
            throw new IllegalArgumentException("not a year of the common era: " + gregorianYear);
        }
        int sinceGiapTy = gregorianYear - 4;
        return STEMS[Math.floorMod(sinceGiapTy, 10)] + " " + BRANCHES[Math.floorMod(sinceGiapTy, 12)];
    }
}
