using AsnCompetency.Domain.Common;
using AsnCompetency.Domain.Organisation;

namespace AsnCompetency.Domain.UnitTests.Organisation;

/// <summary>Units form a tree inside one agency, kept as materialised paths of ids.</summary>
public sealed class OrganisationUnitTests
{
    private static readonly Guid AgencyId = Guid.Parse("0195a1c2-0000-7000-8000-00000000a001");
    private static readonly Guid OtherAgencyId = Guid.Parse("0195a1c2-0000-7000-8000-00000000a002");

    private static OrganisationUnit Unit(string code, OrganisationUnit? parent = null, Guid? agencyId = null) =>
        OrganisationUnit.Create(agencyId ?? AgencyId, parent, code, $"Unit {code}", UnitKind.Dinas, 0);

    [Test]
    public void Create_TopLevel_PathIsItsOwnId()
    {
        var unit = OrganisationUnit.Create(AgencyId, null, " dinkes ", " Dinas Kesehatan ", UnitKind.Dinas, 3);

        unit.ParentId.ShouldBeNull();
        unit.Path.ShouldBe($"{unit.Id:N}/");
        unit.Depth.ShouldBe(1);
        unit.Code.ShouldBe("DINKES");
        unit.Name.ShouldBe("Dinas Kesehatan");
        unit.SortOrder.ShouldBe(3);
        unit.IsActive.ShouldBeTrue();
    }

    [Test]
    public void Create_UnderParent_PathExtendsTheParentsPath()
    {
        var dinas = Unit("DINKES");
        var bidang = Unit("DINKES-P2P", dinas);
        var seksi = Unit("DINKES-P2P-SURV", bidang);

        bidang.ParentId.ShouldBe(dinas.Id);
        bidang.Path.ShouldBe($"{dinas.Id:N}/{bidang.Id:N}/");
        seksi.Path.ShouldBe($"{dinas.Id:N}/{bidang.Id:N}/{seksi.Id:N}/");
        seksi.Depth.ShouldBe(3);
    }

    [Test]
    public void Create_UnderParentOfAnotherAgency_ThrowsForParentId()
    {
        var parent = Unit("DINKES", agencyId: OtherAgencyId);

        Should.Throw<DomainValidationException>(() => Unit("BIDANG", parent)).Field.ShouldBe("parentId");
    }

    [Test]
    public void Create_BelowTheDeepestLevel_ThrowsForParentId()
    {
        var parent = Unit("L1");
        for (var level = 2; level <= OrganisationUnit.MaxDepth; level++)
        {
            parent = Unit($"L{level}", parent);
        }

        parent.Depth.ShouldBe(OrganisationUnit.MaxDepth);
        var error = Should.Throw<DomainValidationException>(() => Unit("TOO-DEEP", parent));
        error.Field.ShouldBe("parentId");
        error.Message.ShouldContain(OrganisationUnit.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestCase("BAD CODE")]
    [TestCase("-DINKES")]
    [TestCase("")]
    public void Create_InvalidCode_ThrowsForCode(string code)
    {
        Should.Throw<DomainValidationException>(() => Unit(code)).Field.ShouldBe("code");
    }

    [Test]
    public void MoveUnder_AnotherBranch_ReturnsOldPathAndTakesTheNewParentsPath()
    {
        var dinkes = Unit("DINKES");
        var bappeda = Unit("BAPPEDA");
        var bidang = Unit("BIDANG", dinkes);
        var oldPath = bidang.Path;

        var returned = bidang.MoveUnder(bappeda);

        returned.ShouldBe(oldPath);
        bidang.ParentId.ShouldBe(bappeda.Id);
        bidang.Path.ShouldBe($"{bappeda.Id:N}/{bidang.Id:N}/");
    }

    [Test]
    public void MoveUnder_Null_MakesTheUnitTopLevel()
    {
        var bidang = Unit("BIDANG", Unit("DINKES"));

        bidang.MoveUnder(null);

        bidang.ParentId.ShouldBeNull();
        bidang.Path.ShouldBe($"{bidang.Id:N}/");
    }

    [Test]
    public void MoveUnder_OwnDescendant_ThrowsForParentIdAndStaysInPlace()
    {
        var dinkes = Unit("DINKES");
        var bidang = Unit("BIDANG", dinkes);
        var seksi = Unit("SEKSI", bidang);
        var pathBefore = dinkes.Path;

        var error = Should.Throw<DomainValidationException>(() => dinkes.MoveUnder(seksi));

        error.Field.ShouldBe("parentId");
        error.Message.ShouldContain("DINKES");
        dinkes.Path.ShouldBe(pathBefore);
        dinkes.ParentId.ShouldBeNull();
    }

    [Test]
    public void MoveUnder_Itself_ThrowsForParentId()
    {
        var dinkes = Unit("DINKES");

        Should.Throw<DomainValidationException>(() => dinkes.MoveUnder(dinkes)).Field.ShouldBe("parentId");
    }

    [Test]
    public void MoveUnder_UnitOfAnotherAgency_ThrowsForParentId()
    {
        var bidang = Unit("BIDANG", Unit("DINKES"));

        Should.Throw<DomainValidationException>(() => bidang.MoveUnder(Unit("DINKES", agencyId: OtherAgencyId))).Field.ShouldBe("parentId");
    }

    [Test]
    public void IsAncestorOf_UnitsAboveAndBelow_IsTrueOnlyForUnitsAbove()
    {
        var dinkes = Unit("DINKES");
        var bidang = Unit("BIDANG", dinkes);
        var seksi = Unit("SEKSI", bidang);
        var sibling = Unit("BIDANG-2", dinkes);

        dinkes.IsAncestorOf(bidang).ShouldBeTrue();
        dinkes.IsAncestorOf(seksi).ShouldBeTrue();
        bidang.IsAncestorOf(seksi).ShouldBeTrue();
        seksi.IsAncestorOf(dinkes).ShouldBeFalse();
        bidang.IsAncestorOf(sibling).ShouldBeFalse();
        dinkes.IsAncestorOf(dinkes).ShouldBeFalse();
    }
}
