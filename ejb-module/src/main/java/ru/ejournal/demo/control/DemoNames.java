package ru.ejournal.demo.control;

import java.util.List;
import java.util.Random;
import ru.ejournal.student.entity.Gender;

/** Realistic Russian names, addresses and phones for the demo school, from a seeded random. */
final class DemoNames {

    private static final List<String> LAST_NAMES = List.of(
            "Иванов",
            "Смирнов",
            "Кузнецов",
            "Попов",
            "Васильев",
            "Петров",
            "Соколов",
            "Михайлов",
            "Новиков",
            "Фёдоров",
            "Морозов",
            "Волков",
            "Алексеев",
            "Лебедев",
            "Семёнов",
            "Егоров",
            "Павлов",
            "Козлов",
            "Степанов",
            "Николаев",
            "Орлов",
            "Андреев",
            "Макаров",
            "Никитин",
            "Захаров",
            "Зайцев",
            "Соловьёв",
            "Борисов",
            "Яковлев",
            "Григорьев",
            "Романов",
            "Воробьёв",
            "Сергеев",
            "Кузьмин",
            "Фролов",
            "Александров",
            "Дмитриев",
            "Королёв",
            "Гусев",
            "Киселёв",
            "Ильин",
            "Максимов",
            "Поляков",
            "Сорокин",
            "Виноградов",
            "Ковалёв",
            "Белов",
            "Медведев",
            "Антонов",
            "Тарасов");
    private static final List<String> BOYS = List.of(
            "Александр",
            "Максим",
            "Артём",
            "Михаил",
            "Даниил",
            "Иван",
            "Дмитрий",
            "Кирилл",
            "Андрей",
            "Егор",
            "Никита",
            "Илья",
            "Алексей",
            "Матвей",
            "Тимофей",
            "Роман",
            "Владимир",
            "Ярослав",
            "Фёдор",
            "Георгий");
    private static final List<String> GIRLS = List.of(
            "Анастасия",
            "Мария",
            "Анна",
            "Виктория",
            "Екатерина",
            "Полина",
            "София",
            "Дарья",
            "Александра",
            "Ксения",
            "Елизавета",
            "Алиса",
            "Варвара",
            "Вероника",
            "Арина",
            "Валерия",
            "Милана",
            "Ульяна",
            "Ева",
            "Таисия");
    /** Father's name, the patronymic of a son, of a daughter. */
    private static final String[][] FATHERS = {
        {"Александр", "Александрович", "Александровна"}, {"Сергей", "Сергеевич", "Сергеевна"},
        {"Андрей", "Андреевич", "Андреевна"}, {"Дмитрий", "Дмитриевич", "Дмитриевна"},
        {"Алексей", "Алексеевич", "Алексеевна"}, {"Игорь", "Игоревич", "Игоревна"},
        {"Олег", "Олегович", "Олеговна"}, {"Владимир", "Владимирович", "Владимировна"},
        {"Михаил", "Михайлович", "Михайловна"}, {"Евгений", "Евгеньевич", "Евгеньевна"},
        {"Николай", "Николаевич", "Николаевна"}, {"Павел", "Павлович", "Павловна"},
        {"Виктор", "Викторович", "Викторовна"}, {"Юрий", "Юрьевич", "Юрьевна"},
        {"Денис", "Денисович", "Денисовна"}, {"Роман", "Романович", "Романовна"}
    };

    private static final List<String> MOTHERS = List.of(
            "Елена",
            "Ольга",
            "Наталья",
            "Татьяна",
            "Ирина",
            "Светлана",
            "Юлия",
            "Анна",
            "Марина",
            "Екатерина",
            "Оксана",
            "Галина",
            "Людмила",
            "Надежда");
    private static final List<String> STREETS = List.of(
            "ул. Ленина",
            "ул. Школьная",
            "пр. Мира",
            "ул. Садовая",
            "ул. Гагарина",
            "ул. Молодёжная",
            "ул. Советская",
            "ул. Лесная",
            "пер. Речной");
    private static final List<String> WORKPLACES = List.of(
            "АО «Энскэнерго», инженер",
            "ГБУЗ «Городская больница № 2», медсестра",
            "ООО «Торговый дом «Север», менеджер",
            "МБДОУ «Детский сад № 8», воспитатель",
            "ПАО «Сбербанк», операционист",
            "ИП Смирнов, водитель",
            "Администрация г. Энска, специалист",
            "ООО «СтройИнвест», прораб",
            "АО «Почта России», оператор",
            "МБОУ «Лицей № 3», учитель",
            "ООО «АвтоСервис», механик");

    private final Random random;

    DemoNames(Random random) {
        this.random = random;
    }

    /** A family: last name (masculine form), father's row. */
    record Family(String lastName, String[] father) {}

    Family family() {
        return new Family(pick(LAST_NAMES), FATHERS[random.nextInt(FATHERS.length)]);
    }

    static String lastName(String masculine, Gender gender) {
        if (gender == Gender.M) {
            return masculine;
        }
        return masculine.endsWith("ий") ? masculine.substring(0, masculine.length() - 2) + "ая" : masculine + "а";
    }

    String firstName(Gender gender) {
        return pick(gender == Gender.M ? BOYS : GIRLS);
    }

    static String patronymic(Family family, Gender gender) {
        return family.father()[gender == Gender.M ? 1 : 2];
    }

    String motherName() {
        return pick(MOTHERS);
    }

    String anyPatronymic(Gender gender) {
        return FATHERS[random.nextInt(FATHERS.length)][gender == Gender.M ? 1 : 2];
    }

    String address() {
        return "г. Энск, " + pick(STREETS) + ", д. " + (1 + random.nextInt(120)) + ", кв. " + (1 + random.nextInt(200));
    }

    String phone() {
        return String.format(
                "+7 (9%02d) %03d-%02d-%02d",
                random.nextInt(100), random.nextInt(1000), random.nextInt(100), random.nextInt(100));
    }

    String workplace() {
        return pick(WORKPLACES);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
