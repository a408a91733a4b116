namespace AsnCompetency.Domain.Employees;

/// <summary>
/// A rank: PNS golongan/ruang with its pangkat (I/a Juru Muda … IV/e Pembina Utama), or a PPPK
/// grade (I … XVII). Reference data, the same for every agency.
/// </summary>
public sealed class Grade
{
    public Grade(string code, EmployeeType employeeType, int rank, string name)
    {
        Code = code;
        EmployeeType = employeeType;
        Rank = rank;
        Name = name;
    }

    /// <summary>"III/a" for PNS, "IX" for PPPK.</summary>
    public string Code { get; private set; }

    public EmployeeType EmployeeType { get; private set; }

    /// <summary>Order within the employee type, 1 = lowest.</summary>
    public int Rank { get; private set; }

    /// <summary>The pangkat for PNS ("Penata Muda"); "Golongan IX" for PPPK.</summary>
    public string Name { get; private set; }

    public static IReadOnlyList<Grade> All { get; } = BuildAll();

    private static List<Grade> BuildAll()
    {
        string[] pangkat =
        [
            "Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I",
            "Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I",
            "Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I",
            "Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama",
        ];
        string[] pnsCodes =
        [
            "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
        ];
        string[] roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

        var grades = new List<Grade>();
        grades.AddRange(pnsCodes.Select((code, i) => new Grade(code, EmployeeType.Pns, i + 1, pangkat[i])));
        grades.AddRange(roman.Select((code, i) => new Grade(code, EmployeeType.Pppk, i + 1, $"Golongan {code}")));
        return grades;
    }
}
