package ru.ejournal.demo.control;

import java.util.List;
import ru.ejournal.school.entity.Grading;

/** The demo school's subjects: what each is called, how it is graded, its lessons a week and its topics. */
final class DemoSubjects {

    /** Subject code, name, grading, weekly lessons, topics. */
    record SubjectPlan(String code, String name, Grading grading, int perWeek, List<String> topics) {}

    static final List<SubjectPlan> PLAN = List.of(
            new SubjectPlan(
                    "RUS",
                    "Русский язык",
                    Grading.MARKS,
                    4,
                    List.of(
                            "Повторение изученного в прошлом году",
                            "Части речи",
                            "Орфограммы в корнях слов",
                            "Причастие как часть речи",
                            "Причастный оборот",
                            "Действительные и страдательные причастия",
                            "Деепричастие",
                            "Деепричастный оборот",
                            "Наречие как часть речи",
                            "Степени сравнения наречий",
                            "Развитие речи: изложение",
                            "Правописание не с наречиями")),
            new SubjectPlan(
                    "LIT",
                    "Литература",
                    Grading.MARKS,
                    2,
                    List.of(
                            "Былины. «Вольга и Микула Селянинович»",
                            "А. С. Пушкин. «Полтава»",
                            "М. Ю. Лермонтов. «Песня про царя Ивана Васильевича…»",
                            "Н. В. Гоголь. «Тарас Бульба»",
                            "И. С. Тургенев. «Бирюк»",
                            "Н. А. Некрасов. «Русские женщины»",
                            "Л. Н. Толстой. «Детство»")),
            new SubjectPlan(
                    "MATH",
                    "Математика",
                    Grading.MARKS,
                    5,
                    List.of(
                            "Выражения и тождества",
                            "Уравнения с одной переменной",
                            "Решение задач с помощью уравнений",
                            "Функции и их графики",
                            "Линейная функция",
                            "Степень с натуральным показателем",
                            "Одночлены",
                            "Многочлены",
                            "Сложение и вычитание многочленов",
                            "Умножение одночлена на многочлен")),
            new SubjectPlan(
                    "ENG",
                    "Английский язык",
                    Grading.MARKS,
                    3,
                    List.of(
                            "Past Simple",
                            "My school day",
                            "Present Perfect",
                            "Travelling",
                            "Reading: Famous people",
                            "Future forms",
                            "Writing a letter")),
            new SubjectPlan(
                    "HIST",
                    "История",
                    Grading.MARKS,
                    2,
                    List.of(
                            "Великие географические открытия",
                            "Россия в XVI веке",
                            "Иван Грозный",
                            "Смутное время",
                            "Первые Романовы",
                            "Культура XVII века")),
            new SubjectPlan(
                    "BIO",
                    "Биология",
                    Grading.MARKS,
                    2,
                    List.of(
                            "Многообразие животного мира",
                            "Простейшие",
                            "Кишечнополостные",
                            "Черви",
                            "Моллюски",
                            "Членистоногие")),
            new SubjectPlan(
                    "PE",
                    "Физическая культура",
                    Grading.MARKS,
                    2,
                    List.of("Лёгкая атлетика: бег", "Прыжки в длину", "Баскетбол", "Волейбол", "Гимнастика")),
            new SubjectPlan(
                    "MUS",
                    "Музыка",
                    Grading.PASS_FAIL,
                    1,
                    List.of("Классика и современность", "Музыкальная драматургия", "Жанры инструментальной музыки")));

    private DemoSubjects() {}
}
