package ru.ejournal.it.firststart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.ejournal.it.browser.Browser;
import ru.ejournal.it.classteacher.ClassTeacherPages;
import ru.ejournal.it.journal.GradeBookPage;

/**
 * The school year from an empty database, in the browser, as the people of a new school live it: the
 * region administrator creates a school and its administrator; the school administrator creates the
 * year with quarters, a holiday, a bell, a subject, a work type, a teacher, a class, an assignment and a
 * timetable, generates the lessons, imports the pupils, issues the staff credentials and prints the
 * slips; the teacher signs in with the slip's one-time password, changes it and enters a mark and an
 * absence in a generated lesson; as the class teacher they enter a parent and issue the family's
 * credentials; the parent sees the mark in the e-diary. Nothing is loaded by hand.
 */
class SchoolYearWalkIT extends EmptyDatabaseServer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ClassTeacherPages pages;

    @Test
    @DisplayName("From an empty database to a mark in a parent's e-diary, every step on the journal's screens")
    void schoolYearFromAnEmptyDatabase() throws Exception {
        pages = new ClassTeacherPages(browser(), base);
        LocalDate today = LocalDate.now();
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        // the lesson of the walk is on today's weekday (Saturday on a Sunday: the same diary week)
        DayOfWeek lessonDay = today.getDayOfWeek() == DayOfWeek.SUNDAY ? DayOfWeek.SATURDAY : today.getDayOfWeek();

        // the region administrator: the first sign-in with the password from the server log
        signInFirstTime("Oblast-Parol-2026");
        pages.go("region/school.xhtml");
        pages.type("schoolForm:code", "S5");
        pages.type("schoolForm:name", "МБОУ «СОШ № 5»");
        pages.type("schoolForm:address", "г. Энск, ул. Садовая, 5");
        pages.press("schoolForm:save");
        pages.waitForText("Школа создана");
        pages.type("adminForm:lastName", "Лебедева");
        pages.type("adminForm:firstName", "Нина");
        pages.type("adminForm:patronymic", "Петровна");
        pages.type("adminForm:position", "Директор");
        pages.press("adminForm:createAdmin");
        String adminLogin = issued(".issued-login");
        String adminPassword = issued(".issued-password");
        Path slips = browser().downloadFolder();
        pages.press("adminForm:printSlips");
        assertPdf(browser().awaitDownload(slips, ".pdf"));

        // the school administrator: year, quarters, holiday, bell
        signIn(adminLogin, adminPassword);
        changeOneTimePassword(adminPassword, "Shkola-Parol-2026");
        pages.go("admin/school/year.xhtml");
        typeOver("newYearForm:newName", startYear + "/" + (startYear + 1));
        typeOver("newYearForm:newStart", "01.09." + startYear);
        typeOver("newYearForm:newEnd", "31.08." + (startYear + 1));
        new Select(pages.byId("newYearForm:newType")).selectByValue("QUARTERS");
        pages.press("newYearForm:propose");
        pages.press("newYearForm:createYear");
        assertEquals("Q1", pages.byId("yearForm:periods:0:periodCode").getAttribute("value"));
        assertEquals("Q4", pages.byId("yearForm:periods:3:periodCode").getAttribute("value"));
        LocalDate holiday = LocalDate.of(startYear, 11, 4).equals(today)
                ? LocalDate.of(startYear, 11, 5)
                : LocalDate.of(startYear, 11, 4);
        typeOver("holidaysForm:holidayFrom", holiday.format(DATE));
        typeOver("holidaysForm:holidayTo", holiday.format(DATE));
        pages.type("holidaysForm:holidayName", "День народного единства");
        pages.press("holidaysForm:addHoliday");
        pages.waitForText("День народного единства");

        pages.go("admin/school/bells.xhtml");
        typeOver("bellsForm:lessonNumber", "1");
        typeOver("bellsForm:startTime", "08:30");
        typeOver("bellsForm:endTime", "09:15");
        pages.press("bellsForm:saveBell");
        assertTrue(pages.text("bellsForm:bells").contains("08:30"), pages.pageText());

        // subject and work type
        pages.go("admin/school/subjects.xhtml");
        pages.type("subjectsForm:subjectName", "Математика");
        new Select(pages.byId("subjectsForm:grading")).selectByValue("MARKS");
        pages.press("subjectsForm:saveSubject");
        assertTrue(pages.text("subjectsForm:subjects").contains("Математика"), pages.pageText());
        pages.type("workTypesForm:workTypeName", "Ответ на уроке");
        typeOver("workTypesForm:weight", "1");
        pages.press("workTypesForm:saveWorkType");
        assertTrue(pages.text("workTypesForm:workTypes").contains("Ответ на уроке"), pages.pageText());

        // the teacher: a staff card with the roles of a class teacher and a subject teacher
        pages.go("admin/staff/member.xhtml");
        pages.type("memberForm:lastName", "Смирнова");
        pages.type("memberForm:firstName", "Анна");
        pages.type("memberForm:patronymic", "Сергеевна");
        pages.type("memberForm:position", "Учитель математики");
        pages.click(pages.d().findElement(By.cssSelector("label[for='memberForm:roles:0']")));
        pages.click(pages.d().findElement(By.cssSelector("label[for='memberForm:roles:1']")));
        pages.press("memberForm:save");
        pages.waitForText("Сохранено");

        // the class 5А with its class teacher
        pages.go("admin/school/classes.xhtml");
        pages.type("classesForm:grade", "5");
        pages.type("classesForm:letter", "А");
        selectContaining("classesForm:teacher", "Смирнова");
        pages.press("classesForm:saveClass");
        assertEquals("5А", pages.text("classesForm:classes:0:classCode"), pages.pageText());

        // the teaching assignment: Смирнова teaches mathematics in 5А
        pages.go("admin/staff/assignments.xhtml");
        chooseContaining("assignForm:teacher", "Смирнова");
        chooseContaining("assignForm:schoolClass", "5А");
        chooseContaining("assignForm:subject", "Математика");
        pages.press("assignForm:create");
        pages.waitForText("Нагрузка назначена");

        // the timetable of 5А from the first day of the year, and the lessons it generates
        pages.go("admin/timetable/timetable.xhtml");
        new Select(pages.byId("classForm:schoolClass")).selectByVisibleText("5А");
        pages.press("classForm:show");
        typeOver("versionForm:validFrom", "01.09." + startYear);
        pages.press("versionForm:createVersion");
        pages.waitForText("Создана версия расписания");
        new Select(pages.byId("entryForm:day")).selectByValue(Integer.toString(lessonDay.getValue()));
        typeOver("entryForm:lessonNo", "1");
        selectContaining("entryForm:subject", "Математика");
        selectContaining("entryForm:teacher", "Смирнова");
        pages.type("entryForm:room", "12");
        pages.press("entryForm:save");
        pages.waitForText("Урок расписания сохранён");

        pages.go("admin/timetable/generation.xhtml");
        new Select(pages.byId("generationForm:schoolClass")).selectByVisibleText("5А");
        new Select(pages.byId("generationForm:period")).selectByIndex(0);
        typeOver("generationForm:from", today.minusDays(13).format(DATE));
        typeOver("generationForm:to", today.format(DATE));
        pages.press("generationForm:generate");
        int created = Integer.parseInt(pages.text("created").replaceAll("\\D", ""));
        assertTrue(created >= 2, "the lessons of two weeks on one weekday: " + created);

        // the pupils of 5А from a class list
        Path list = Files.createTempFile("class-list", ".csv");
        Files.writeString(
                list,
                "Фамилия;Имя;Отчество;Дата рождения;Пол\nАлексеев;Борис;;12.04.2015;М\nБелова;Вера;;03.07.2015;Ж\n");
        pages.go("admin/class/import.xhtml");
        pages.choose("importForm:schoolClass", "5А");
        pages.d().findElement(By.id("importForm:file_input")).sendKeys(list.toString());
        pages.waitForText("новых учащихся");
        pages.press("importForm:import");
        pages.waitForText("Импортировано учащихся: 2");

        // the staff credentials and their slips
        pages.go("admin/staff/list.xhtml");
        pages.press("staffForm:issueMissing");
        pages.press("staffForm:confirmYes");
        WebElement teacherRow = pages.byId("staffForm:issued").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("Смирнова"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(pages.pageText()));
        String teacherLogin =
                teacherRow.findElement(By.cssSelector(".issued-login")).getText();
        String teacherPassword =
                teacherRow.findElement(By.cssSelector(".issued-password")).getText();
        Path staffSlips = browser().downloadFolder();
        pages.byId("staffForm:slips").click();
        assertPdf(browser().awaitDownload(staffSlips, ".pdf"));

        // the teacher: the slip's password, a new one, a mark and an absence in the generated lesson
        signIn(teacherLogin, teacherPassword);
        changeOneTimePassword(teacherPassword, "Uchitel-Parol-2026");
        GradeBookPage grid = new GradeBookPage(browser(), base).open(null);
        assertTrue(grid.title().contains("5А"), grid.title());
        int last = grid.lessonCount() - 1;
        assertTrue(last >= 0, "the generated lessons are in the grid");
        grid.select(0, last);
        grid.type("5", Keys.ENTER);
        grid.select(1, last);
        grid.type("н", Keys.ENTER);
        assertEquals("5", grid.text(0, last), grid.growl());
        assertEquals("Н", grid.text(1, last).toUpperCase(), grid.growl());
        String child = grid.studentId(0);

        // the class teacher enters the first pupil's mother and issues the family's credentials
        pages.go("teacher/class/roster.xhtml");
        String card = pages.studentLinks().stream()
                .filter(a -> a.getText().contains("Алексеев"))
                .findFirst()
                .orElseThrow()
                .getAttribute("href");
        pages.go(card.substring(card.indexOf("teacher/")));
        pages.type("parentsForm:pLastName", "Алексеева");
        pages.type("parentsForm:pFirstName", "Ольга");
        pages.type("parentsForm:pPhone", "+7 903 555 12 34");
        pages.press("parentsForm:create");
        pages.waitForText("Родитель добавлен");
        pages.go("teacher/class/credentials.xhtml");
        pages.press("credentialsForm:issue");
        pages.press("credentialsForm:confirmYes");
        WebElement parentRow = pages.byId("credentialsForm:issued").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("Алексеева"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(pages.pageText()));
        String parentLogin =
                parentRow.findElement(By.cssSelector(".issued-login")).getText();
        String parentPassword =
                parentRow.findElement(By.cssSelector(".issued-password")).getText();

        // the parent sees the mark in the e-diary
        signIn(parentLogin, parentPassword);
        changeOneTimePassword(parentPassword, "Roditel-Parol-2026");
        pages.go("parent/diary.xhtml?child=" + child + "&week=" + today.with(lessonDay));
        pages.byId("diaryTitle");
        WebElement day =
                pages.d().findElement(By.cssSelector("section.diary-day[data-date='" + today.with(lessonDay) + "']"));
        boolean shown = day.findElements(By.cssSelector("tr")).stream()
                .filter(tr -> tr.getText().contains("Математика"))
                .anyMatch(tr ->
                        tr.findElement(By.cssSelector("td.marks")).getText().contains("5"));
        browser().screenshot("school-year-walk-diary");
        assertTrue(shown, day.getText());
    }

    /** The one-time password or login shown once after an issue. */
    private String issued(String css) {
        return browser()
                .waiting()
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .map(WebElement::getText)
                        .filter(t -> !t.isBlank())
                        .findFirst()
                        .orElse(null));
    }

    private static void assertPdf(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Replaces a field's text (date and number fields keep their mask through select-all). */
    private void typeOver(String id, String text) {
        WebElement input = pages.byId(id);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    /** A plain select: the first option whose text contains the given text. */
    private void selectContaining(String id, String text) {
        Select select = new Select(pages.byId(id));
        select.getOptions().stream()
                .filter(o -> o.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no «" + text + "» in " + id))
                .click();
        Browser browser = browser();
        browser.waitForAjax();
    }

    /** A PrimeFaces select menu: the first option whose text contains the given text. */
    private void chooseContaining(String menuId, String text) {
        ((JavascriptExecutor) pages.d()).executeScript("""
                var id = arguments[0], text = arguments[1];
                var option = Array.from(document.getElementById(id + '_input').options)
                    .find(function (o) { return o.text.indexOf(text) >= 0; });
                PrimeFaces.getWidgetById(id).selectValue(option.value);""", menuId, text);
        browser().waitForAjax();
    }
}
