using AsnCompetency.Domain.Employees;
using AsnCompetency.Domain.Tna;
using AsnCompetency.Domain.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>
/// Demo training delivery: sessions (angkatan) of the demo programmes in each agency over the
/// past months and the coming ones, with enrolments, attendance, completions that credit JP,
/// no-shows, a waitlist, follow-up mentoring, and one national session mixing the three
/// agencies. Dates are relative to today so the demo always shows completed, running, open and
/// planned sessions. Drawn from a fixed seed.
/// </summary>
public sealed class DemoTrainingSeeder(ApplicationDbContext db, TimeProvider clock, ILogger<DemoTrainingSeeder> logger)
{
    private const int Seed = 5_2026;

    /// <summary>Sessions of each agency: programme code, days from today to the start, meeting days, capacity, participants to enrol.</summary>
    private static readonly Dictionary<string, DemoSession[]> AgencySessions = new()
    {
        ["LAMSEL"] =
        [
            new("EGOV-DASAR", -240, 4, 25, 22),
            new("PELAYANAN-PRIMA", -200, 4, 30, 26),
            new("MANAJEMEN-PUSKESMAS", -150, 5, 20, 18),
            new("METODE-MENGAJAR", -110, 3, 25, 20),
            new("KOMUNIKASI", -70, 3, 25, 24),
            new("ETIKA-INTEGRITAS", -40, 2, 40, 30),
            new("SURVEILANS", -2, 5, 10, 8),
            new("PROYEK-PRAKTIK", 20, 5, 15, 18),
            new("KEAMANAN-INFO", 60, 3, 20, 0),
        ],
        ["KUPANG-ALAK"] =
        [
            new("PATEN", -180, 3, 15, 12),
            new("PELAYANAN-PRIMA", -90, 4, 15, 14),
            new("PENGADUAN", -30, 2, 12, 10),
            new("PEMBERDAYAAN", 25, 3, 10, 12),
        ],
        ["MEDAN"] =
        [
            new("MANAJEMEN-RS", -210, 6, 20, 18),
            new("KESELAMATAN-PASIEN", -160, 3, 30, 25),
            new("TATA-KELOLA-DATA", -100, 3, 20, 16),
            new("STANDAR-PELAYANAN", -60, 2, 30, 22),
            new("MANAJEMEN-PROYEK", -1, 4, 20, 15),
            new("KOMUNIKASI", 30, 3, 25, 20),
        ],
    };

    public async Task SeedAsync(IReadOnlyDictionary<string, Guid> agencyIds, CancellationToken cancellationToken)
    {
        if (await db.TrainingSessions.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var programs = await db.TrainingPrograms.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        var settings = await db.TnaSettings.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == null, cancellationToken)
            ?? TnaSettings.NationalDefaults();
        var random = new Random(Seed);
        var counts = new Counts();
        var booked = new Dictionary<Guid, List<DateOnly>>();
        foreach (var (agencyCode, sessions) in AgencySessions)
        {
            if (!agencyIds.TryGetValue(agencyCode, out var agencyId))
            {
                continue;
            }

            var staff = await StaffAsync(agencyId, cancellationToken);
            var index = 0;
            foreach (var demo in sessions)
            {
                var program = programs.FirstOrDefault(p => p.Code == demo.ProgramCode && (p.AgencyId == agencyId || p.AgencyId == null));
                if (program is null)
                {
                    continue;
                }

                var code = $"ANGKATAN-{++index}";
                var participants = Pick(staff, demo.Participants, random, agencyCode == "LAMSEL" && index == 6);
                Run(program, agencyId, code, $"BKPSDM {agencyCode}", today, demo, participants, settings, random, booked, counts);
            }
        }

        // One national leadership session: participants from every agency, run by the province.
        if (programs.FirstOrDefault(p => p.Code == "PKA" && p.AgencyId == null) is { } pka)
        {
            var participants = new List<Staff>();
            foreach (var agencyId in agencyIds.Values.Order())
            {
                participants.AddRange(Pick(await StaffAsync(agencyId, cancellationToken), 4, random, includeDemoUser: false));
            }

            Run(pka, null, "ANGKATAN-XII-2026", "BPSDM Provinsi Lampung", today, new DemoSession("PKA", -300, 12, 30, participants.Count), participants, settings, random, booked, counts);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Seeded {Sessions} demo training sessions with {Enrollments} enrolments and {Completions} completions",
            counts.Sessions,
            counts.Enrollments,
            counts.Completions);
    }

    private static List<Staff> Pick(List<Staff> staff, int count, Random random, bool includeDemoUser)
    {
        var picked = staff.Where(s => !s.IsDemoUser).OrderBy(_ => random.Next()).Take(count).ToList();
        if (includeDemoUser && picked.Count > 0 && staff.Find(s => s.IsDemoUser) is { } demoUser)
        {
            picked[0] = demoUser;
        }

        return picked;
    }

    private async Task<List<Staff>> StaffAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await db.Employees.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.AgencyId == agencyId && e.IsActive)
            .OrderBy(e => e.Nip)
            .Select(e => new Staff(e.Id, e.AgencyId, e.EmployeeType == EmployeeType.Pppk, e.FullName == "Siti Rahmawati"))
            .ToListAsync(cancellationToken);

    /// <summary>Schedules one session and plays it forward to where today finds it.</summary>
    private void Run(
        TrainingProgram program,
        Guid? agencyId,
        string code,
        string organiser,
        DateOnly today,
        DemoSession demo,
        List<Staff> participants,
        TnaSettings settings,
        Random random,
        Dictionary<Guid, List<DateOnly>> booked,
        Counts counts)
    {
        var start = today.AddDays(demo.StartOffsetDays);
        var days = Enumerable.Range(0, demo.MeetingDays).Select(start.AddDays).ToList();
        var session = TrainingSession.Create(program.Id, agencyId, code, new TrainingSessionDetails(start, days[^1], demo.Capacity, days)
        {
            Location = program.DeliveryMode == DeliveryMode.Online ? null : "Aula BKPSDM",
            OnlineLink = program.DeliveryMode == DeliveryMode.InPerson ? null : "https://zoom.us/j/2026000000",
            Organiser = organiser,
        });
        db.TrainingSessions.Add(session);
        counts.Sessions++;
        if (start > today.AddDays(45))
        {
            return;
        }

        session.Open();
        var enrollments = new List<Enrollment>();
        var placesTaken = 0;
        foreach (var person in participants)
        {
            // Staff time is limited: nobody is booked on two sessions the same day.
            var personDays = booked.TryGetValue(person.Id, out var list) ? list : booked[person.Id] = [];
            if (personDays.Intersect(days).Any())
            {
                continue;
            }

            // A PPPK's year holds at most their maximum JP: they are not sent beyond it.
            var year = start.Year;
            var jp = program.JpFor(settings.ConversionJp(program.Form));
            if (person.IsPppk && counts.JpOf(person.Id, year) + jp > settings.MaxAnnualJpPppk)
            {
                continue;
            }

            counts.Book(person.Id, year, jp);
            personDays.AddRange(days);
            var enrollment = Enrollment.Create(session, person.Id, person.AgencyId, null, placesTaken, enrollments.Count + 1);
            placesTaken += enrollment.HoldsPlace ? 1 : 0;
            enrollments.Add(enrollment);
        }

        db.Enrollments.AddRange(enrollments);
        counts.Enrollments += enrollments.Count;
        if (start > today)
        {
            return;
        }

        session.Start();
        var held = enrollments.Where(e => e.HoldsPlace).ToList();
        foreach (var enrollment in held)
        {
            var roll = random.Next(20);
            var absentDays = roll == 0 ? days.Count : roll == 1 ? Math.Max(days.Count / 2, 1) : roll < 5 ? 1 : 0;
            foreach (var day in days.Where(d => d <= today))
            {
                var absent = days.IndexOf(day) >= days.Count - absentDays;
                enrollment.RecordAttendance(session, day, present: !absent, absent ? "Tugas kedinasan" : null);
            }
        }

        if (days[^1] >= today)
        {
            return;
        }

        session.Complete();
        foreach (var enrollment in held.Where(e => e.Status is EnrollmentStatus.Registered or EnrollmentStatus.Attending))
        {
            if (enrollment.DaysPresent == 0)
            {
                enrollment.MarkNoShow(session);
                continue;
            }

            if (enrollment.AttendanceShare(session) < settings.MinAttendanceShare)
            {
                continue;
            }

            enrollment.Complete(session, settings.MinAttendanceShare, program.JpFor(settings.ConversionJp(program.Form)), days[^1], $"{program.Code}/{code}/{enrollment.QueueNumber:000}");
            db.LearningRecords.Add(LearningRecord.ForCompletion(enrollment, program));
            counts.Completions++;
            if (random.Next(4) == 0)
            {
                db.FollowUps.Add(enrollment.AddFollowUp(new FollowUpDetails(
                    days[^1].AddDays(30) < today ? days[^1].AddDays(30) : today, random.Next(2) == 0 ? FollowUpKind.PeriodicDiscussion : FollowUpKind.Mentoring, null, "Kepala Bidang", "Diskusi penerapan hasil pelatihan di unit kerja")));
            }
        }

        foreach (var waiting in enrollments.Where(e => e.Status == EnrollmentStatus.Waitlisted))
        {
            waiting.Drop("The session completed before a place became free.");
        }
    }

    /// <param name="StartOffsetDays">Days from today to the first meeting (negative: in the past).</param>
    private sealed record DemoSession(string ProgramCode, int StartOffsetDays, int MeetingDays, int Capacity, int Participants);

    private sealed record Staff(Guid Id, Guid AgencyId, bool IsPppk, bool IsDemoUser);

    private sealed class Counts
    {
        private readonly Dictionary<(Guid, int), int> _jp = [];

        public int Sessions { get; set; }

        public int Enrollments { get; set; }

        public int Completions { get; set; }

        /// <summary>JP a person is booked for in a year (as if every booking completes).</summary>
        public int JpOf(Guid employeeId, int year) => _jp.GetValueOrDefault((employeeId, year));

        public void Book(Guid employeeId, int year, int jp) => _jp[(employeeId, year)] = JpOf(employeeId, year) + jp;
    }
}
