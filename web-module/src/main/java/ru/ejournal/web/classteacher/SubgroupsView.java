package ru.ejournal.web.classteacher;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DualListModel;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.classteacher.boundary.Option;
import ru.ejournal.classteacher.boundary.SubgroupPlan;
import ru.ejournal.classteacher.boundary.SubgroupService;
import ru.ejournal.web.common.Feedback;

/**
 * Splitting the class into two subgroups for a subject (D4) by moving students between two lists;
 * each subgroup has its teacher, one of those who hold a current assignment of the class and subject.
 */
@Named
@ViewScoped
public class SubgroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubgroupService service;

    @Inject
    CurrentClass currentClass;

    private ClassRef schoolClass;
    private List<Option> subjects = List.of();
    private List<Option> teachers = List.of();
    private final Map<Long, String> names = new HashMap<>();
    private Long subjectId;
    private Long firstId;
    private Long secondId;
    private String firstName;
    private String secondName;
    private Long firstTeacher;
    private Long secondTeacher;
    private boolean tooMany;
    private DualListModel<Long> members = new DualListModel<>(new ArrayList<>(), new ArrayList<>());

    @PostConstruct
    void init() {
        schoolClass = currentClass.get();
        if (schoolClass != null) {
            subjects = service.subjects(schoolClass.id());
            service.students(schoolClass.id()).forEach(o -> names.put(o.id(), o.label()));
        }
    }

    public void chooseSubject() {
        if (subjectId == null) {
            return;
        }
        teachers = service.teachers(schoolClass.id(), subjectId);
        List<SubgroupPlan> plans = service.subgroups(schoolClass.id(), subjectId);
        tooMany = plans.size() > 2;
        SubgroupPlan first = plans.size() > 0 ? plans.get(0) : null;
        SubgroupPlan second = plans.size() > 1 ? plans.get(1) : null;
        firstId = first == null ? null : first.id();
        secondId = second == null ? null : second.id();
        firstName = first == null ? Feedback.text("ct", "subgroups.defaultName", 1) : first.name();
        secondName = second == null ? Feedback.text("ct", "subgroups.defaultName", 2) : second.name();
        firstTeacher = first == null ? null : first.teacherId();
        secondTeacher = second == null ? null : second.teacherId();
        List<Long> target = second == null ? new ArrayList<>() : new ArrayList<>(second.memberIds());
        List<Long> source = new ArrayList<>(names.keySet().stream()
                .filter(id -> !target.contains(id))
                .sorted((a, b) -> names.get(a).compareTo(names.get(b)))
                .toList());
        members = new DualListModel<>(source, target);
    }

    public void save() {
        if (tooMany) {
            Feedback.refuse(null, Feedback.text("ct", "subgroups.tooMany"));
            return;
        }
        List<SubgroupPlan> plans = List.of(
                new SubgroupPlan(firstId, firstName, firstTeacher, List.copyOf(members.getSource())),
                new SubgroupPlan(secondId, secondName, secondTeacher, List.copyOf(members.getTarget())));
        int[] moved = new int[1];
        if (Feedback.attempt(() -> moved[0] = service.save(schoolClass.id(), subjectId, plans))) {
            chooseSubject();
            Feedback.info(Feedback.text("ct", "subgroups.saved", moved[0]));
        }
    }

    public String name(Long studentId) {
        return names.getOrDefault(studentId, "");
    }

    public ClassRef getSchoolClass() {
        return schoolClass;
    }

    public List<Option> getSubjects() {
        return subjects;
    }

    public List<Option> getTeachers() {
        return teachers;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getSecondName() {
        return secondName;
    }

    public void setSecondName(String secondName) {
        this.secondName = secondName;
    }

    public Long getFirstTeacher() {
        return firstTeacher;
    }

    public void setFirstTeacher(Long firstTeacher) {
        this.firstTeacher = firstTeacher;
    }

    public Long getSecondTeacher() {
        return secondTeacher;
    }

    public void setSecondTeacher(Long secondTeacher) {
        this.secondTeacher = secondTeacher;
    }

    public DualListModel<Long> getMembers() {
        return members;
    }

    public void setMembers(DualListModel<Long> members) {
        this.members = members;
    }
}
